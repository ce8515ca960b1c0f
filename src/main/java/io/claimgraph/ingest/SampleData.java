package io.claimgraph.ingest;

import io.claimgraph.config.ClaimgraphConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Loads sample articles at start when {@code claimgraph.sample-data.enabled} is set (on in dev mode), so a fresh
 * service has something to query. The bundled samples were written for this project; more can be added from a
 * folder of .txt files ({@code claimgraph.sample-data.directory}) whose first line is the headline. Each sample
 * has a fixed url, so loading them again at the next start is a DUPLICATE and changes nothing.
 */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);
    private static final List<String> BUNDLED = List.of("economy-poland-rates.txt", "science-greenland-ice.txt",
            "sport-porto-striker.txt");
    private static final String URL_PREFIX = "https://sample.claimgraph.invalid/";

    void load(@Observes StartupEvent start, IngestService ingest, ClaimgraphConfig config, ExtractionModels models) {
        if (!config.sampleData().enabled()) {
            return;
        }
        if (!models.ingestEnabled()) {
            LOG.warn("Sample articles not loaded: ingest is off on this replica (claimgraph.ingest.enabled=false)");
            return;
        }
        Optional<Path> directory = config.sampleData().directory();
        List<ArticleInput> samples = new ArrayList<>();
        BUNDLED.forEach(name -> samples.add(input(name, bundled(name))));
        directory.ifPresent(folder -> samples.addAll(fromFolder(folder)));
        List<IngestResult> results = ingest.ingestAll(samples);
        for (int i = 0; i < results.size(); i++) {
            LOG.infof("Sample article %s: %s", samples.get(i).url, results.get(i).outcome());
        }
    }

    private static List<ArticleInput> fromFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .map(f -> input(f.getFileName().toString(), read(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample articles in " + folder, e);
        }
    }

    private static ArticleInput input(String name, String text) {
        ArticleInput input = new ArticleInput();
        input.url = URL_PREFIX + name.replaceAll("\\.txt$", "");
        input.headline = text.lines().filter(line -> !line.isBlank()).findFirst().orElse(name).strip();
        input.body = text;
        input.publisher = "Claimgraph samples";
        return input;
    }

    private static String bundled(String name) {
        try (InputStream in = SampleData.class.getResourceAsStream("/sample/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
