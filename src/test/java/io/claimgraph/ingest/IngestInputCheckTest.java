package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The control character check against its specification, written as regular expressions. */
class IngestInputCheckTest {

    private static final Pattern CONTROL_BUT_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    @Test
    void findsControlCharactersAsTheCharacterClassDoes() {
        // the C0 and C1 ranges and their neighbours, line breaks, and ordinary text
        String alphabet = "a \u00E9\u2028\t\n\r\u0000\u0007\u001B\u001F\u007E\u007F\u0080\u0085\u009F\u00A0";
        RandomText texts = new RandomText(20261127, alphabet, 6);
        for (int n = 0; n < 20_000; n++) {
            String s = texts.next();
            String codes = RandomText.codes(s);
            assertEquals(CONTROL.matcher(s).find(), IngestInputCheck.hasControl(s, false), codes);
            assertEquals(CONTROL_BUT_LINE_BREAKS.matcher(s).find(), IngestInputCheck.hasControl(s, true), codes);
        }
    }
}
