package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.ingest.extract.ActorMention;
import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.ExtractedClaim;
import io.claimgraph.ingest.extract.PlaceMention;
import io.claimgraph.location.Gazetteer;
import io.claimgraph.model.ActorType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Six articles written for this test, in fields the extractor was not built around, each with a sibling
 * {@code .tsv} of what a careful reader finds: actors (name, type), locations (name, type, country) and asserters
 * (a distinctive part of the claim → asserter name, "-" for the article's own voice). Names of people and
 * organisations in them appear in no list in the code.
 *
 * <p>Scoring per field: actors and locations are sets (UNNAMED_SOURCE actors are scored as asserters, not here);
 * for asserters, a prediction is a listed claim found with a non-null asserter, correct when the name matches.
 */
class CorpusExtractionTest {

    private static final List<String> ARTICLES = List.of(
            "economy-poland-rates", "business-snack-takeover", "politics-dutch-coalition", "science-greenland-ice",
            "sport-porto-striker", "health-romania-measles", "energy-oil-output", "tech-chip-plant");

    /** True positives, predictions and expectations of one field. */
    private static final class Score {
        int hits;
        int predicted;
        int expected;

        void add(Score other) {
            hits += other.hits;
            predicted += other.predicted;
            expected += other.expected;
        }

        double precision() {
            return predicted == 0 ? 1 : (double) hits / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) hits / expected;
        }

        String cell() {
            return String.format(Locale.ROOT, "P %.2f R %.2f", precision(), recall());
        }
    }

    @Test
    void precisionAndRecallAreAtLeastPointEight() {
        Score actorsTotal = new Score();
        Score placesTotal = new Score();
        Score assertersTotal = new Score();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-26s | %-15s | %-15s | %-15s%n",
                "article", "actors", "locations", "asserters"));
        StringBuilder misses = new StringBuilder();
        for (String name : ARTICLES) {
            ExtractedArticle article = Articles.extract(Articles.plain(name + ".txt"));
            List<String[]> expected = Articles.read(name + ".tsv").lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
            Score actors = scoreActors(article, expected, misses, name);
            Score places = scorePlaces(article, expected, misses, name);
            Score asserters = scoreAsserters(article, expected, misses, name);
            actorsTotal.add(actors);
            placesTotal.add(places);
            assertersTotal.add(asserters);
            table.append(
                    String.format(Locale.ROOT, "%-26s | %-15s | %-15s | %-15s%n", name, actors.cell(), places.cell(),
                            asserters.cell()));
        }
        table.append(String.format(Locale.ROOT, "%-26s | %-15s | %-15s | %-15s%n", "OVERALL", actorsTotal.cell(),
                placesTotal.cell(), assertersTotal.cell()));
        System.out.print(table);
        System.out.print(misses);
        for (Score s : List.of(actorsTotal, placesTotal, assertersTotal)) {
            assertTrue(s.precision() >= 0.8 && s.recall() >= 0.8, "below 0.8:\n" + table + misses);
        }
    }

    private static Score scoreActors(ExtractedArticle article, List<String[]> expected, StringBuilder misses,
            String name) {
        Set<String> want = new HashSet<>();
        for (String[] row : expected) {
            if (row[0].equals("actor")) {
                want.add(key(row[1], row[2]));
            }
        }
        Set<String> got = new HashSet<>();
        for (ActorMention a : article.actors()) {
            if (a.type() != ActorType.UNNAMED_SOURCE) {
                got.add(key(a.name(), a.type().name()));
            }
        }
        return compare(want, got, misses, name + " actor");
    }

    private static Score scorePlaces(ExtractedArticle article, List<String[]> expected, StringBuilder misses,
            String name) {
        Set<String> want = new HashSet<>();
        for (String[] row : expected) {
            if (row[0].equals("location")) {
                want.add(key(row[1], row[2] + " " + (row[3].equals("-") ? null : row[3]))); // "-": no country
            }
        }
        Set<String> got = new HashSet<>();
        for (PlaceMention p : article.locations()) {
            got.add(key(p.name(), p.type() + " " + p.countryCode()));
        }
        return compare(want, got, misses, name + " location");
    }

    private static Score compare(Set<String> want, Set<String> got, StringBuilder misses, String label) {
        Score score = new Score();
        score.expected = want.size();
        score.predicted = got.size();
        for (String g : got) {
            if (want.contains(g)) {
                score.hits++;
            } else {
                misses.append("  extra ").append(label).append(": ").append(g).append('\n');
            }
        }
        for (String w : want) {
            if (!got.contains(w)) {
                misses.append("  missed ").append(label).append(": ").append(w).append('\n');
            }
        }
        return score;
    }

    private static Score scoreAsserters(ExtractedArticle article, List<String[]> expected, StringBuilder misses,
            String name) {
        Score score = new Score();
        for (String[] row : expected) {
            if (!row[0].equals("asserter")) {
                continue;
            }
            String want = row[2].equals("-") ? null : row[2];
            if (want != null) {
                score.expected++;
            }
            ExtractedClaim claim = article.claims().stream().filter(c -> c.text().contains(row[1])).findFirst()
                    .orElse(null);
            if (claim == null) {
                misses.append("  missed ").append(name).append(" claim: ").append(row[1]).append('\n');
                continue;
            }
            String got = claim.assertedBy() == null ? null : claim.assertedBy().name();
            if (got != null) {
                score.predicted++;
            }
            boolean right = want == null ? got == null : want.equalsIgnoreCase(got);
            if (right && want != null) {
                score.hits++;
            }
            if (!right) {
                misses.append("  wrong ").append(name).append(" asserter for '").append(row[1]).append("': ")
                        .append(got).append(" (expected ").append(want).append(")\n");
            }
        }
        return score;
    }

    /** Names compare as the gazetteer matches them: "Guimaraes" is "Guimarães", "Iasi" is "Iaşi". */
    private static String key(String name, String type) {
        return Gazetteer.key(name) + " / " + type;
    }
}
