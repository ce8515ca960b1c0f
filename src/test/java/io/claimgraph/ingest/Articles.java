package io.claimgraph.ingest;

import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.ExtractedClaim;
import io.claimgraph.ingest.extract.GazetteerPlaceDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Test articles under src/test/resources/articles, and one extractor shared by the test classes. */
final class Articles {

    static final ClaimExtractor EXTRACTOR = new ClaimExtractor(GazetteerPlaceDirectory.fromClasspath());

    record Article(String headline, List<String> paragraphs) {
    }

    private Articles() {
    }

    static String read(String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The scraped sample: the headline is its second line; paragraphs are the distinct non-blank lines other than
     * the headline (the simple de-duplication the ingest stage does properly).
     */
    static Article scraped(String name) {
        List<String> lines = read(name).lines().toList();
        String headline = lines.get(1).strip();
        Set<String> paragraphs = new LinkedHashSet<>();
        for (String line : lines) {
            String p = line.strip();
            if (!p.isEmpty() && !p.equals(headline)) {
                paragraphs.add(p);
            }
        }
        return new Article(headline, new ArrayList<>(paragraphs));
    }

    /** A corpus article: headline on the first line, then one paragraph per non-blank line. */
    static Article plain(String name) {
        List<String> lines = read(name).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Article(lines.get(0), lines.subList(1, lines.size()));
    }

    static ExtractedArticle extract(Article article) {
        return EXTRACTOR.extract(article.headline(), article.paragraphs());
    }

    /** The first claim whose text starts so; fails the test when there is none. */
    static ExtractedClaim claimStarting(ExtractedArticle a, String start) {
        return a.claims().stream().filter(c -> c.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting " + start + " in " + a.claims()));
    }
}
