package io.claimgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The part of a text a search hit shows, with where the searched words occur in it. Highlights are offsets rather
 * than markup, so a client renders them as it likes and never has to trust HTML built from article text.
 *
 * @param text       at most {@link #LENGTH} characters of the text, around the first searched word found, with "…"
 *                   where it was cut
 * @param highlights where the searched words occur in {@code text}, in order, not overlapping
 */
@Description("A short part of a text with where the searched words occur in it.")
public record Snippet(@NonNull String text, @NonNull List<@NonNull TextSpan> highlights) {

    /** Longest snippet, in characters. */
    public static final int LENGTH = 240;

    /** How much of the text before the first highlighted word a snippet keeps. */
    private static final int LEAD = 60;

    private static final String CUT = "…";

    /** The snippet of {@code text} for {@code words} (a search's highlight words). */
    public static Snippet of(String text, List<String> words) {
        String source = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        Pattern pattern = pattern(words);
        String shown = source;
        if (source.length() > LENGTH) {
            Matcher first = pattern == null ? null : pattern.matcher(source);
            int at = first != null && first.find() ? first.start() : 0;
            int start = Math.max(0, at - LEAD);
            if (start > 0) {
                int space = source.indexOf(' ', start);
                start = space >= 0 && space < at ? space + 1 : start;
            }
            int end = Math.min(source.length(), start + LENGTH - 2);
            if (end < source.length()) {
                int space = source.lastIndexOf(' ', end);
                end = space > start ? space : end;
            }
            shown = (start > 0 ? CUT : "") + source.substring(start, end).strip()
                    + (end < source.length() ? CUT : "");
        }
        return new Snippet(shown, pattern == null ? List.of() : highlights(shown, pattern));
    }

    private static List<TextSpan> highlights(String text, Pattern pattern) {
        List<TextSpan> spans = new ArrayList<>();
        Matcher match = pattern.matcher(text);
        while (match.find()) {
            spans.add(new TextSpan(match.start(), match.end()));
        }
        spans.sort(Comparator.comparingInt(TextSpan::start));
        return spans;
    }

    /**
     * The words as one pattern: each at the start of a word of the text, with any ending ("troop" finds "troops",
     * "ceasefire" finds "ceasefires"), since PostgreSQL matches stems; a word's common English endings are dropped
     * first ("talks" finds "talked").
     */
    private static Pattern pattern(List<String> words) {
        List<String> stems = words.stream().map(Snippet::stem).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList();
        if (stems.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", stems) + ")[\\p{L}\\p{N}]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String ending : new String[]{"ing", "ed", "es", "s"}) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }
}
