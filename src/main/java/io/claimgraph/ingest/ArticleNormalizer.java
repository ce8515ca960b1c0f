package io.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ingest stage 1: turns scraped or wire text into clean paragraphs. HTML references and tags, form feeds, soft
 * hyphens and control characters first ({@link WireTextCleaner}); then the lines, re-joined into paragraphs when
 * the text is hard-wrapped ({@link ParagraphJoiner}); each paragraph in Unicode NFC, typographic quotes and dashes
 * unified so that the same text typed two ways hashes the same, white space collapsed; lines that repeat the
 * headline, and paragraphs repeated word for word, dropped and counted; a sign-off line ("REUTER") dropped; a
 * dateline ({@link Dateline}) taken off the first paragraph for extraction (the stored body keeps it). What was
 * done is reported as warnings.
 */
public class ArticleNormalizer {

    public NormalizedArticle normalize(String headline, String body) {
        String cleanHeadline = normalizeLine(WireTextCleaner.clean(headline).text());
        String headlineKey = cleanHeadline.toLowerCase(Locale.ROOT);
        WireTextCleaner.Cleaned cleaned = WireTextCleaner.clean(Normalizer.normalize(body, Normalizer.Form.NFC));
        List<String> warnings = new ArrayList<>(cleaned.changes());
        ParagraphJoiner.Joined joined = ParagraphJoiner.join(lines(cleaned.text()));
        if (joined.rejoined()) {
            warnings.add("hard-wrapped lines re-joined into paragraphs");
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int dropped = 0;
        for (String line : joined.paragraphs()) {
            String paragraph = normalizeLine(line);
            if (paragraph.isEmpty()) {
                continue;
            }
            if (paragraph.toLowerCase(Locale.ROOT).equals(headlineKey) || !seen.add(paragraph)) {
                dropped++;
                continue;
            }
            kept.add(paragraph);
        }
        if (SignOff.strip(kept)) {
            warnings.add("sign-off line dropped");
        }
        List<String> paragraphs = kept;
        Dateline dateline = null;
        Dateline.Split split = kept.isEmpty() ? null : Dateline.split(kept.get(0));
        if (split != null) {
            dateline = split.dateline();
            paragraphs = new ArrayList<>(kept);
            paragraphs.set(0, split.rest());
            warnings.add("dateline read as the article's place: " + dateline.text());
        }
        String stored = String.join("\n\n", kept);
        return new NormalizedArticle(cleanHeadline, List.copyOf(paragraphs), dropped, stored, sha256(stored), dateline,
                List.copyOf(warnings));
    }

    /**
     * The text's lines, split at CR LF, CR, LF and the Unicode line and paragraph separators. A plain loop, as
     * {@link #normalizeLine} is: a regular expression with those alternatives was tried at every character of every
     * body, on the request's thread before extraction starts, and was nearly 2% of ingest's CPU.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * One line in one pass: typographic double and single quotes become {@code "} and {@code '}; an em or
     * horizontal-bar dash between words becomes a spaced hyphen ("forces - particularly"); dashes inside numbers or
     * words ("3,000–4,000") become a plain hyphen; runs of white space (including no-break, figure, narrow and
     * zero-width spaces) become one space; the line is trimmed.
     */
    static String normalizeLine(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (c == '\u2014' || c == '\u2015') {
                // a word dash is spaced on both sides, whatever spacing it came with
                pendingSpace = true;
                c = '-';
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = c == '-' && (s.charAt(i) == '\u2014' || s.charAt(i) == '\u2015');
            out.append(replacement(c));
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    private static char replacement(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> '-';
            default -> c;
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
