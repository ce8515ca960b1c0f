package io.claimgraph.ingest;

import java.util.Random;

/**
 * Short random texts over a small alphabet, the same ones on every run: for checking a hand-written loop against the
 * regular expression that specifies it.
 */
final class RandomText {

    private final Random random;
    private final String alphabet;
    private final int maxLength;

    RandomText(long seed, String alphabet, int maxLength) {
        this.random = new Random(seed);
        this.alphabet = alphabet;
        this.maxLength = maxLength;
    }

    /** A text of 0 to maxLength - 1 characters of the alphabet. */
    String next() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** The text's characters as U+ codes, for a failure message (most of the alphabets are invisible). */
    static String codes(String text) {
        return text.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    }
}
