package io.claimgraph.text;

import java.text.Normalizer;

/**
 * The folded form of a name that matching and unique keys use, so that "Zelenskyy", "ZELENSKYY" and
 * "Zelenskyý" are one name: actors, locations, aliases and the gazetteer all compare names through it.
 */
public final class NameKey {

    private NameKey() {
    }

    /**
     * The normalisation all matching uses: Unicode NFD with combining marks removed, a few letters that have no
     * decomposition folded ("ł" → "l", "ß" → "ss"), lower case, every apostrophe as ', hyphens and dashes as spaces,
     * whitespace collapsed and trimmed. "São Paulo" and "SAO  PAULO" give "sao paulo"; "Ivano-Frankivsk" gives
     * "ivano frankivsk". The gazetteer's data was folded the same way (key() in build-gazetteer.mjs): change both
     * together.
     */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isAscii(text)) {
            return asciiKey(text);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int category = Character.getType(c);
            if (category == Character.NON_SPACING_MARK || category == Character.ENCLOSING_MARK
                    || category == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || isDash(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            appendFolded(out, c);
        }
        return out.toString();
    }

    /** The same rules as {@link #of} for plain ASCII, without the Unicode tables: most names take this path. */
    private static String asciiKey(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '\u007F' || c == '-') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (c == '`') {
                out.append('\'');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2014');
    }

    private static void appendFolded(StringBuilder out, char c) {
        switch (c) {
            case 'ł', 'Ł' -> out.append('l');
            case 'ø', 'Ø' -> out.append('o');
            case 'đ', 'Đ' -> out.append('d');
            case 'ı' -> out.append('i');
            case 'ß' -> out.append("ss");
            case 'æ', 'Æ' -> out.append("ae");
            case 'œ', 'Œ' -> out.append("oe");
            case '\u2018', '\u2019', '\u02BC', '\u02BB', '`', '\u00B4' -> out.append('\'');
            default -> out.append(Character.toLowerCase(c));
        }
    }
}
