package io.claimgraph.graphql;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@code text} filters: a case-insensitive substring of the claim text (or of an article's headline or body).
 *
 * <p>On PostgreSQL the full-text index narrows the rows first (every word of the filter must begin a word of the
 * text), and the substring test then keeps exactly the rows H2 would return. So a filter gives the same answer on
 * both databases whenever it starts at a word boundary ("kursk", "rates 5", "north korean troops"); a fragment from
 * inside a word ("ursk") finds nothing on PostgreSQL, which is what a search box user expects from full-text search.
 */
public final class TextSearch {

    private static final boolean FULL_TEXT = "postgresql".equals(
            ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("h2"));

    private TextSearch() {
    }

    /** Claims whose text contains {@code text}. */
    public static Filters claimText(Filters filters, String text) {
        String pattern = Filters.containing(text);
        String query = FULL_TEXT ? prefixQuery(text) : null;
        if (query != null) {
            filters.when(query, "text_matches(e.text, :textQuery) = true", "textQuery");
        }
        return filters.when(pattern, "lower(e.text) like :text" + Filters.LIKE_ESCAPE, "text");
    }

    /** Articles whose headline or body contains {@code text}. */
    public static Filters articleText(Filters filters, String text) {
        String pattern = Filters.containing(text);
        String query = FULL_TEXT ? prefixQuery(text) : null;
        if (query != null) {
            filters.when(query, "article_text_matches(e.headline, e.body, :textQuery) = true", "textQuery");
        }
        return filters.when(pattern,
                "(lower(e.headline) like :text" + Filters.LIKE_ESCAPE + " or lower(e.body) like :text" + Filters.LIKE_ESCAPE + ")", "text");
    }

    /** "North Korean" becomes {@code north:* & korean:*}; null when the text has no word to search for. */
    static String prefixQuery(String text) {
        if (text == null) {
            return null;
        }
        String query = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }
}
