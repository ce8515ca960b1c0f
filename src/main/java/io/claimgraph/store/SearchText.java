package io.claimgraph.store;

import io.claimgraph.error.BadUserInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A search box's text, read with the web-search syntax PostgreSQL's {@code websearch_to_tsquery} reads: words that
 * must all occur, a "quoted phrase", {@code or} between alternatives ({@code a b or c} is {@code (a and b) or c}),
 * and {@code -word} for a word that must not occur.
 * PostgreSQL matches and ranks with that function itself; H2 has no such search, so this class writes the same
 * query as LIKE clauses and a rank that weighs each column; and the highlights of a hit are found from the words
 * read here, the same on both databases.
 */
public final class SearchText {

    /** Longest search text accepted: the same bound as the {@code text} filters. */
    public static final int MAX_LENGTH = Filters.MAX_FILTER_TEXT;

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)([^\\s\"]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
    /** Anything but what websearch_to_tsquery reads: punctuation separates words there, as a space does. */
    private static final Pattern LITERAL_UNSAFE = Pattern.compile("[^\\p{L}\\p{N}\\s\"-]|[\\s&&[^ ]]");

    /** One alternative: a word or a phrase (words in a row), required or excluded. */
    record Term(List<String> words, boolean excluded) {
        String phrase() {
            return String.join(" ", words);
        }
    }

    /**
     * The alternatives joined by {@code or}, each a list of terms that must all hold. As in websearch_to_tsquery,
     * {@code or} joins what stands on either side of it up to the next {@code or}: {@code a b or c} is
     * {@code (a and b) or c}.
     */
    private final List<List<Term>> alternatives;
    private final String text;

    private SearchText(String text, List<List<Term>> alternatives) {
        this.text = text;
        this.alternatives = alternatives;
    }

    /**
     * Reads a client's search text; refuses (on {@code field}) a text that is too long, has no word, or has an
     * alternative that only says what to leave out (that would match almost every row, and no index can find it).
     */
    public static SearchText parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new BadUserInputException(field, field + " must have a word to search for");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BadUserInputException(field, field + " is longer than " + MAX_LENGTH + " characters");
        }
        List<List<Term>> alternatives = new ArrayList<>();
        List<Term> current = new ArrayList<>();
        // every kind of space separates words, as in PostgreSQL's parser (a pasted no-break space among them)
        Matcher token = TOKEN.matcher(SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" "));
        while (token.find()) {
            boolean quoted = token.group(2) != null;
            boolean excluded = !(quoted ? token.group(1) : token.group(3)).isEmpty();
            String body = quoted ? token.group(2) : token.group(4);
            if (!quoted && !excluded && body.equals("or")) {
                if (!current.isEmpty()) {
                    alternatives.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            List<String> words = words(body);
            if (!words.isEmpty()) {
                // "covid-19" or "u.s." unquoted is still one term of several words in a row, as PostgreSQL reads it
                current.add(new Term(words, excluded));
            }
        }
        if (!current.isEmpty()) {
            alternatives.add(current);
        }
        if (alternatives.isEmpty()) {
            throw new BadUserInputException(field, field + " must have a word to search for");
        }
        if (alternatives.stream().anyMatch(terms -> terms.stream().allMatch(Term::excluded))) {
            throw new BadUserInputException(field,
                    field + " must have a word to search for, not only words to leave out");
        }
        return new SearchText(text.strip(), alternatives);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** The text as the client sent it (stripped): what PostgreSQL's websearch_to_tsquery reads. */
    public String text() {
        return text;
    }

    /** The words a hit is highlighted on: every word of the terms that are not excluded. */
    public List<String> highlightWords() {
        return alternatives.stream().flatMap(List::stream).filter(term -> !term.excluded())
                .flatMap(term -> term.words().stream()).distinct().toList();
    }

    /**
     * The match and the rank for H2: every group must hold (one of its alternatives, an excluded one by not
     * occurring), a term occurs where one of the columns contains it; the rank adds, for each term that occurs,
     * the weight of each column it occurs in.
     *
     * @param columns the lower-cased HQL expressions searched, with their weights; {@code %s} stands for the entity's
     *                alias ({@code e} in the match, {@code h} in the rank: see {@link SearchPager})
     */
    SearchQuery likeClauses(Map<String, Integer> columns) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> rankParts = new ArrayList<>();
        List<String> alternativeClauses = new ArrayList<>();
        for (List<Term> terms : alternatives) {
            List<String> all = new ArrayList<>();
            for (Term term : terms) {
                String name = "search" + parameters.size();
                parameters.put(name, "%" + Filters.escapeLike(term.phrase()) + "%");
                String occurs = columns.keySet().stream()
                        .map(column -> column.formatted("e") + " like :" + name + Filters.LIKE_ESCAPE)
                        .collect(Collectors.joining(" or ", "(", ")"));
                all.add(term.excluded() ? "not " + occurs : occurs);
                if (!term.excluded()) {
                    columns.forEach((column, weight) -> rankParts.add("case when " + column.formatted("h") + " like :"
                            + name + Filters.LIKE_ESCAPE + " then " + weight + " else 0 end"));
                }
            }
            alternativeClauses.add(String.join(" and ", all));
        }
        String match = alternativeClauses.size() == 1 ? alternativeClauses.get(0)
                : alternativeClauses.stream().collect(Collectors.joining(") or (", "((", "))"));
        return new SearchQuery(match, "(" + String.join(" + ", rankParts) + ")", parameters, Integer::valueOf);
    }

    /**
     * The match and rank of this text over one table. PostgreSQL: the HQL functions {@code <table>_search_matches}
     * and {@code <table>_search_rank} ({@link TextSearchFunctions}), answered from the table's tsvector column and
     * its GIN index. H2: {@link #likeClauses}.
     *
     * @param table   the table whose search functions PostgreSQL uses ("article", "claim")
     * @param columns for H2, the lower-cased HQL expressions searched, with their weights ({@code %s} is the alias)
     */
    public SearchQuery query(String table, Map<String, Integer> columns) {
        if (TextSearch.FULL_TEXT) {
            // a literal, not a parameter: a prepared statement's generic plan cannot see how common the words are,
            // and for words half the archive holds it read every match from the search index (0.9 s at 100k
            // articles) where the plan for the text walks the newest-first index (6 ms). The literal keeps only
            // what websearch_to_tsquery reads (letters, digits, quotes, minus signs, spaces), so it needs no escaping.
            String literal = "'" + LITERAL_UNSAFE.matcher(text).replaceAll(" ") + "'";
            return new SearchQuery(table + "_search_matches(" + literal + ") = true",
                    table + "_search_rank(" + literal + ")", Map.of(), Float::valueOf);
        }
        return likeClauses(columns);
    }

    /**
     * A search as HQL: the condition that keeps the matching rows, a row's rank (larger is more relevant), their
     * parameters, and how a rank written into a cursor is read back as a parameter of the rank's own type.
     */
    public record SearchQuery(String match, String rank, Map<String, Object> parameters,
            java.util.function.Function<String, Object> parseRank) {
    }

}
