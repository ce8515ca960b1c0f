package io.claimgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ingest stage 1b: the paragraphs of a text's lines. Text with one paragraph per line (what scrapers send) keeps
 * its lines. Hard-wrapped text (wire copy, e-mail, pasted print) is recognised from its own line-length profile:
 * its lines are short (nine in ten at most {@value #MAX_WRAP_WIDTH} characters) and many of them stop in the middle of
 * a sentence. Its lines are then joined, and a paragraph ends at a blank line, at a line indented deeper than the
 * text's continuation lines, or after a line that ends a sentence well short of the wrap width.
 */
final class ParagraphJoiner {

    /** Widest line of a wrapped text: terminals wrap at 72–80, some wires at 69, mail at 78. */
    static final int MAX_WRAP_WIDTH = 100;
    /** Share of lines that must stop mid-sentence for the text to count as wrapped. */
    private static final double MID_SENTENCE_SHARE = 0.4;

    /** The paragraphs (raw, unnormalised lines joined with a space) and whether lines were re-joined. */
    record Joined(List<String> paragraphs, boolean rejoined) {
    }

    private ParagraphJoiner() {
    }

    static Joined join(List<String> lines) {
        if (!isWrapped(lines)) {
            return new Joined(lines, false);
        }
        int width = wrapWidth(lines);
        int baseIndent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                baseIndent = Math.min(baseIndent, indent(line));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (line.isBlank()) {
                flush(current, paragraphs);
                previous = null;
                continue;
            }
            String text = line.strip();
            boolean indented = indent(line) > baseIndent;
            boolean afterShortEnd = previous != null && endsSentence(previous) && previous.length() < width * 3 / 4;
            if (indented || afterShortEnd) {
                flush(current, paragraphs);
            }
            if (!current.isEmpty()) {
                boolean brokenWord = current.charAt(current.length() - 1) == '-' && current.length() > 1
                        && Character.isLetter(current.charAt(current.length() - 2))
                        && Character.isLowerCase(text.charAt(0));
                if (!brokenWord) {
                    current.append(' ');
                }
            }
            current.append(text);
            previous = line.stripTrailing();
        }
        flush(current, paragraphs);
        return new Joined(paragraphs, true);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /** Wrapped: at least three lines, nine in ten no wider than a wrap width, and many stopping mid-sentence. */
    static boolean isWrapped(List<String> lines) {
        int count = 0;
        int midSentence = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            count++;
            boolean followed = i + 1 < lines.size() && !lines.get(i + 1).isBlank();
            if (followed && !endsSentence(line.stripTrailing())) {
                midSentence++;
            }
        }
        return count >= 3 && wrapWidth(lines) <= MAX_WRAP_WIDTH && midSentence >= MID_SENTENCE_SHARE * (count - 1);
    }

    /** The 90th percentile of the non-blank lines' lengths: the width the text was wrapped at. */
    private static int wrapWidth(List<String> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.stripTrailing().length()).toArray();
        if (lengths.length == 0) {
            return 0;
        }
        Arrays.sort(lengths);
        return lengths[Math.min(lengths.length - 1, (int) Math.floor(lengths.length * 0.9))];
    }

    private static boolean endsSentence(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '"' || last == '\'' || last == ')' || last == '\u201D') {
            return line.length() > 1 && ".?!:".indexOf(line.charAt(line.length() - 2)) >= 0;
        }
        return ".?!:".indexOf(last) >= 0;
    }

    private static int indent(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t' || line.charAt(k) == '\u00A0')) {
            k++;
        }
        return k;
    }
}
