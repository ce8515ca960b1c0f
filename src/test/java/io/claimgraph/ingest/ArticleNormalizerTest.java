package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass line normaliser against the rules it implements, written as plain regular expressions. */
class ArticleNormalizerTest {

    private static final String ALPHABET = "ab1,. \t\u00A0\u2007\u202F\u200B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033"
            + "\u2018\u2019\u201A\u201B\u2032\u2014\u2015\u2010\u2011\u2012\u2013\u2212-e\u0301\u00E9\"'";

    /** The specification: each rule applied to the whole line in turn. */
    private static String byRules(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = Pattern.compile("[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]").matcher(s).replaceAll("\"");
        s = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032]").matcher(s).replaceAll("'");
        s = Pattern.compile("\\s*[\u2014\u2015]\\s*").matcher(s).replaceAll(" - ");
        s = Pattern.compile("[\u2010\u2011\u2012\u2013\u2212]").matcher(s).replaceAll("-");
        return Pattern.compile("[\\s\u00A0\u2007\u202F\u200B]+").matcher(s).replaceAll(" ").strip();
    }

    @Test
    void examples() {
        assertEquals("forces - particularly", ArticleNormalizer.normalizeLine("forces\u2014particularly"));
        assertEquals("3,000-4,000 \"troops\" it's",
                ArticleNormalizer.normalizeLine("  3,000\u20134,000\u00A0\u201Ctroops\u201D  it\u2019s "));
        assertEquals("- a - - b -", ArticleNormalizer.normalizeLine("\u2014a \u2014\u2014 b\u2014"));
        assertEquals("caf\u00E9", ArticleNormalizer.normalizeLine("cafe\u0301"));
    }

    @Test
    void agreesWithTheRulesOnRandomLines() {
        RandomText lines = new RandomText(20261126, ALPHABET, 24);
        for (int n = 0; n < 20_000; n++) {
            String text = lines.next();
            assertEquals(byRules(text), ArticleNormalizer.normalizeLine(text), () -> "line: " + RandomText.codes(text));
        }
    }

    @Test
    void splitsLinesAsTheLineBreakExpressionDoes() {
        Pattern lineBreaks = Pattern.compile("\\r\\n|\\r|\\n|\u2028|\u2029");
        RandomText bodies = new RandomText(20261127, "ab \r\n\u2028\u2029\u0085", 16);
        for (int n = 0; n < 20_000; n++) {
            String text = bodies.next();
            // the expression's split drops trailing empty lines, which the normaliser skips anyway
            assertEquals(withoutTrailingEmpty(Arrays.asList(lineBreaks.split(text))),
                    withoutTrailingEmpty(ArticleNormalizer.lines(text)), () -> "text: " + RandomText.codes(text));
        }
    }

    private static List<String> withoutTrailingEmpty(List<String> lines) {
        List<String> kept = new ArrayList<>(lines);
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }
}
