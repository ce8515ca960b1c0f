package io.claimgraph.ingest.extract;

/** Part of {@link ArticleActors}: when two spellings of a source's name are one wire typo apart. */
final class Misspellings {

    private Misspellings() {
    }

    /**
     * One letter added, dropped or changed in a word of six letters or more, and not a plural ("analyst" and
     * "analysts" are two sources): "deparment" for "department", "spokeman" for "spokesman".
     */
    static boolean oneTypoApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.endsWith("s") && longer.startsWith(shorter)) {
            return false; // a plural, not a typo
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        int wordStart = longer.lastIndexOf(' ', i) + 1;
        int wordEnd = longer.indexOf(' ', i);
        if ((wordEnd < 0 ? longer.length() : wordEnd) - wordStart < 6) {
            return false;
        }
        // a changed letter leaves the rest of both equal; an added one leaves the rest of the longer equal to the shorter's
        return longer.substring(i + 1).equals(shorter.substring(longer.length() == shorter.length() ? i + 1 : i));
    }
}
