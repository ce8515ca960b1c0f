package io.claimgraph.ingest.extract;

import java.util.Locale;

/**
 * One sentence with its tokens, their character offsets in {@link #text()} and their Universal Dependencies POS
 * tags (PROPN, NOUN, VERB, AUX, ADJ, ADP, DET, NUM, PUNCT, ...).
 */
public record TaggedSentence(String text, String[] tokens, String[] lowerTokens, int[] starts, int[] ends,
        String[] tags) {

    /** Lower-cases every token once: the stages compare lower-case words all the time. */
    public TaggedSentence(String text, String[] tokens, int[] starts, int[] ends, String[] tags) {
        this(text, tokens, lowerCase(tokens), starts, ends, tags);
    }

    private static String[] lowerCase(String[] tokens) {
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    public int size() {
        return tokens.length;
    }

    /** The token at i, or "" past either end: the stages look ahead and behind a mention without bounds checks. */
    public String token(int i) {
        return i >= 0 && i < tokens.length ? tokens[i] : "";
    }

    public String lower(int i) {
        return i >= 0 && i < tokens.length ? lowerTokens[i] : "";
    }

    public String tag(int i) {
        return i >= 0 && i < tags.length ? tags[i] : "";
    }

    public boolean isCapitalised(int i) {
        return i >= 0 && i < tokens.length && !tokens[i].isEmpty() && Character.isUpperCase(tokens[i].charAt(0));
    }

    public boolean isPunct(int i) {
        return "PUNCT".equals(tag(i)) || isDash(i) || ",".equals(tokens[i]);
    }

    public boolean isDash(int i) {
        if (i < 0 || i >= tokens.length) {
            return false;
        }
        String t = tokens[i];
        if (t.equals("-")) {
            // a hyphen inside a word ("GreenLeft-Labour") is no dash
            boolean glued = i > 0 && ends[i - 1] == starts[i] || i + 1 < tokens.length && ends[i] == starts[i + 1];
            return !glued;
        }
        return t.equals("\u2014") || t.equals("\u2013") || t.equals("--");
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}, as written. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(starts[from], ends[to - 1]);
    }

}
