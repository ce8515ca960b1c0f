package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgraph.ingest.IngestInputCheck.AllowedControl;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The control character check against its specification, written as regular expressions. */
class IngestInputCheckTest {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_BUT_WIRE_TEXT = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r\\u0001-\\u0004\\f]]");

    @Test
    void findsControlCharactersAsTheCharacterClassDoes() {
        // the C0 and C1 ranges and their neighbours, line breaks, the wire's framing marks, and ordinary text
        String alphabet = "a \u00E9\u2028\t\n\r\u0000\u0001\u0004\u0005\u0007\f\u001B\u001F\u007E\u007F\u0080\u0085\u009F\u00A0";
        RandomText texts = new RandomText(20261127, alphabet, 6);
        for (int n = 0; n < 20_000; n++) {
            String s = texts.next();
            String codes = RandomText.codes(s);
            assertEquals(CONTROL.matcher(s).find(), IngestInputCheck.hasControl(s, AllowedControl.NONE), codes);
            assertEquals(CONTROL_BUT_WIRE_TEXT.matcher(s).find(),
                    IngestInputCheck.hasControl(s, AllowedControl.WIRE_TEXT), codes);
        }
    }
}
