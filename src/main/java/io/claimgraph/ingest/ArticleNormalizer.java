package io.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ingest stage 1: turns scraped text into clean paragraphs. Unicode NFC; typographic quotes and dashes unified
 * so that the same text typed two ways hashes the same; white space collapsed; one paragraph per line; lines
 * that repeat the headline, and paragraphs repeated word for word, dropped and counted.
 */
public class ArticleNormalizer {

    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032]");
    /** Dashes used as punctuation between words become a spaced hyphen ("forces - particularly"). */
    private static final Pattern WORD_DASH = Pattern.compile("\\s*[\u2014\u2015]\\s*");
    /** Dashes inside numbers or words ("3,000–4,000") become a plain hyphen. */
    private static final Pattern INNER_DASH = Pattern.compile("[\u2010\u2011\u2012\u2013\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F\u200B]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|\\r|\\n|\u2028|\u2029");

    public NormalizedArticle normalize(String headline, String body) {
        String cleanHeadline = normalizeLine(headline);
        String headlineKey = cleanHeadline.toLowerCase(Locale.ROOT);
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int dropped = 0;
        for (String line : LINE_BREAKS.split(Normalizer.normalize(body, Normalizer.Form.NFC))) {
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
        String stored = String.join("\n\n", kept);
        return new NormalizedArticle(cleanHeadline, List.copyOf(kept), dropped, stored, sha256(stored));
    }

    static String normalizeLine(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = WORD_DASH.matcher(s).replaceAll(" - ");
        s = INNER_DASH.matcher(s).replaceAll("-");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
