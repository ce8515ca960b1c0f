package io.claimgraph.ingest.reuters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand annotation of a half ({@code dev.tsv}, {@code heldout.tsv}), per article, in the format of
 * src/test/resources/reuters/README.md.
 */
final class GoldAnnotation {

    record Statement(String span, String asserter) {
    }

    record Place(String name, String country) {
    }

    static final class Article {
        final List<Statement> statements = new ArrayList<>();
        final List<String> people = new ArrayList<>();
        final List<String> organisations = new ArrayList<>();
        final List<Place> places = new ArrayList<>();
    }

    private GoldAnnotation() {
    }

    /** Annotated articles by NEWID, in file order; an article with no line is not annotated (yet). */
    static Map<String, Article> read(String resource) {
        return parse(WireArticle.resource(resource, java.nio.charset.StandardCharsets.UTF_8));
    }

    static Map<String, Article> parse(String tsv) {
        Map<String, Article> articles = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : tsv.split("\r?\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 3) {
                throw new IllegalArgumentException("line " + lineNumber + ": fewer than three columns: " + line);
            }
            String extra = cells.length > 3 ? cells[3].strip() : "";
            Article a = articles.computeIfAbsent(cells[0].strip(), k -> new Article());
            String text = cells[2].strip();
            switch (cells[1].strip()) {
                case "statement" -> a.statements.add(new Statement(text, extra));
                case "person" -> a.people.add(text);
                case "org" -> a.organisations.add(text);
                case "place" -> a.places.add(new Place(text, extra.isEmpty() ? text : extra));
                default -> throw new IllegalArgumentException("line " + lineNumber + ": unknown kind " + cells[1]);
            }
        }
        return articles;
    }
}
