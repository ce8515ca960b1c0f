package io.claimgraph.store;

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

    static final boolean FULL_TEXT = "postgresql".equals(
            ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("h2"));

    private TextSearch() {
    }

    /** Claims whose text contains {@code text}. */
    public static Filters claimText(Filters filters, String text) {
        return containing(filters, text, "text_matches(e.text, :textQuery) = true",
                "lower(e.text) like :text" + Filters.LIKE_ESCAPE);
    }

    /** Articles whose headline or body contains {@code text}. */
    public static Filters articleText(Filters filters, String text) {
        return containing(filters, text, "article_text_matches(e.headline, e.body, :textQuery) = true",
                "(lower(e.headline) like :text" + Filters.LIKE_ESCAPE + " or lower(e.body) like :text"
                        + Filters.LIKE_ESCAPE + ")");
    }

    /** The index clause (PostgreSQL only) narrows; the substring clause decides. */
    private static Filters containing(Filters filters, String text, String indexClause, String substringClause) {
        if (FULL_TEXT) {
            filters.when(prefixQuery(text), indexClause, "textQuery");
        }
        return filters.when(Filters.containing(text), substringClause, "text");
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
