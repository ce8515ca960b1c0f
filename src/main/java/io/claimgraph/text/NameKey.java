package io.claimgraph.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folded form of a name that matching and unique keys use, so that "Zelenskyy", "ZELENSKYY" and
 * "Zelenskyý" are one name: diacritics stripped, lower case, apostrophes and dashes unified, white space
 * collapsed.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC`´]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("'");
        s = DASHES.matcher(s).replaceAll("-");
        s = SPACES.matcher(s.trim()).replaceAll(" ");
        return s.toLowerCase(Locale.ROOT);
    }
}
