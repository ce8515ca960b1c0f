package io.claimgraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The agency's sign-off at the end of wire copy ("REUTER", "Reuters"): a last paragraph of one word and no
 * punctuation, or that word stuck to the end of the last paragraph when the wrapping hid its line break.
 */
final class SignOff {

    private static final Set<String> AGENCY_SIGN_OFFS = Set.of("reuter", "reuters", "ap", "afp", "upi", "dpa", "ends");

    private SignOff() {
    }

    /** Drops the sign-off from the paragraphs; true when there was one. */
    static boolean strip(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return false;
        }
        int last = paragraphs.size() - 1;
        String p = paragraphs.get(last);
        if (isOneWord(p)) {
            paragraphs.remove(last);
            return true;
        }
        int space = p.lastIndexOf(' ');
        if (space > 0 && (p.charAt(space - 1) == '.' || p.charAt(space - 1) == '"')) {
            String word = p.substring(space + 1);
            if (word.equals(word.toUpperCase(Locale.ROOT))
                    && AGENCY_SIGN_OFFS.contains(word.toLowerCase(Locale.ROOT))) {
                paragraphs.set(last, p.substring(0, space));
                return true;
            }
        }
        return false;
    }

    private static boolean isOneWord(String p) {
        if (p.length() > 12) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (!Character.isLetter(p.charAt(i))) {
                return false;
            }
        }
        return AGENCY_SIGN_OFFS.contains(p.toLowerCase(Locale.ROOT))
                || p.equals(p.toUpperCase(Locale.ROOT)) && p.length() >= 3;
    }
}
