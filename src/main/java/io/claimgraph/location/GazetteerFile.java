package io.claimgraph.location;

import io.claimgraph.model.LocationType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the resource files that src/tools/gazetteer/build-gazetteer.mjs writes. Kept apart from {@link Gazetteer}
 * so that the file format and the matching rules can change independently.
 */
final class GazetteerFile {

    static final String PLACES_RESOURCE = "/gazetteer/places.tsv.gz";
    static final String COMMON_WORDS_RESOURCE = "/gazetteer/common-words.txt";

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int COLUMN_COUNT = 10;

    private GazetteerFile() {
    }

    /** Places in file order; {@code parentIds[i]} is the index of place i's parent, -1 for a country. */
    record Places(List<GazetteerPlace> places, int[] parentIds) {
    }

    /**
     * Reads places in file order. Columns: id, type, name, countryCode, latitude, longitude, parentId, population,
     * alternateNames, demonyms. Parents come before their children, so one pass resolves every parent.
     */
    static Places readPlaces(InputStream gzipped) {
        List<GazetteerPlace> places = new ArrayList<>(32_000);
        int[] parentIds = new int[32_000];
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, BUFFER_SIZE), StandardCharsets.UTF_8),
                BUFFER_SIZE)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = splitColumns(line);
                int id = Integer.parseInt(columns[0]);
                if (id != places.size()) {
                    throw new IllegalStateException(
                            "gazetteer ids must be consecutive, found " + id + " at " + places.size());
                }
                int parentId = columns[6].isEmpty() ? -1 : Integer.parseInt(columns[6]);
                GazetteerPlace parent = parentId < 0 ? null : places.get(parentId);
                if (id == parentIds.length) {
                    parentIds = Arrays.copyOf(parentIds, parentIds.length * 2);
                }
                parentIds[id] = parentId;
                places.add(new GazetteerPlace(
                        columns[2],
                        LocationType.valueOf(columns[1]),
                        columns[3].isEmpty() ? null : columns[3], // an area spanning countries has none
                        parseCoordinate(columns[4]),
                        parseCoordinate(columns[5]),
                        parent == null ? null : parent.name(),
                        parent == null ? null : parent.type(),
                        Long.parseLong(columns[7]),
                        parseList(columns[8]),
                        parseList(columns[9])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer", e);
        }
        return new Places(places, Arrays.copyOf(parentIds, places.size()));
    }

    static Set<String> readLines(InputStream text) {
        Set<String> lines = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a gazetteer word list", e);
        }
        return lines;
    }

    // String.split would do, but this runs 27,000 times during a cold start where every millisecond counts.
    private static String[] splitColumns(String line) {
        String[] columns = new String[COLUMN_COUNT];
        int start = 0;
        for (int i = 0; i < COLUMN_COUNT - 1; i++) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                throw new IllegalStateException("gazetteer line with fewer than " + COLUMN_COUNT + " columns: " + line);
            }
            columns[i] = line.substring(start, tab);
            start = tab + 1;
        }
        columns[COLUMN_COUNT - 1] = line.substring(start);
        return columns;
    }

    private static double parseCoordinate(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    private static List<String> parseList(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\|"));
    }
}
