package io.claimgraph.ingest.extract;

/**
 * What the words around a capitalised run say it is: a person (a given name, an honorific, a middle initial, an
 * apposition such as ", an analyst at"), an organisation (", a unit of"), or a name that speaks ("... said").
 */
final class NameEvidence {

    private NameEvidence() {
    }

    static boolean personEvidence(TaggedSentence s, int j, int k) {
        if (GivenNames.contains(s.token(j)) || j > 0 && isHonorific(s.lower(j - 1))) {
            return true;
        }
        if (j > 0 && !s.isCapitalised(j - 1) && isLowerCaseTitle(s.lower(j - 1))) {
            return true; // "chairman Bill Locke said", "CDU vice-chairman Lothar Spaeth"
        }
        if (j >= 2 && s.token(j - 1).equals(",") && isLowerCaseTitle(s.lower(j - 2)) && s.token(k).equals(",")) {
            return true; // "the bank's president, Kenji Tanaka, said"
        }
        if (j >= 2 && s.token(j - 1).equals(",") && s.token(k).equals(",") && titleOfBefore(s, j - 2)) {
            return true; // "the Governor of the Bank of Greece, Dimitris Halikias, said"
        }
        for (int t = j + 1; t < k - 1; t++) {
            String w = s.token(t);
            if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
                return true; // "John F. Smith"
            }
        }
        return personApposition(s, k);
    }

    /** A title and what it is of, ending at {@code e}: "the chairman of the formation committee". */
    private static boolean titleOfBefore(TaggedSentence s, int e) {
        for (int t = e; t > 0 && t > e - 8 && !s.isPunct(t); t--) {
            String w = s.lower(t);
            if ((w.equals("of") || w.equals("at") || w.equals("for")) && isLowerCaseTitle(s.lower(t - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A job title written in lower case before a name: "chairman", "vice-chairman", "co-founder". */
    private static boolean isLowerCaseTitle(String w) {
        String last = w.substring(w.lastIndexOf('-') + 1);
        return NameShapes.isStandaloneTitle(last);
    }

    static boolean isHonorific(String w) {
        return w.equals("mr") || w.equals("mr.") || w.equals("mrs") || w.equals("mrs.") || w.equals("ms")
                || w.equals("ms.")
                || w.equals("dr") || w.equals("dr.");
    }

    /** ", who ...", ", 54, ...", ", an analyst at ...", ", chief executive of ...". */
    static boolean personApposition(TaggedSentence s, int k) {
        if (!s.token(k).equals(",")) {
            return false;
        }
        String next = s.lower(k + 1);
        if (next.equals("who") || next.matches("\\d{2}") && s.token(k + 2).equals(",")) {
            return true;
        }
        int t = k + 1;
        if (next.equals("a") || next.equals("an") || next.equals("the")) {
            t++;
        }
        for (int end = Math.min(s.size(), t + 4); t < end; t++) {
            String w = s.lower(t);
            if (w.equals(",") || w.equals("of") || w.equals("at") || w.equals("for")) {
                return false;
            }
            if (NameShapes.isStandaloneTitle(w) || w.endsWith("ist") && w.length() > 5
                    || w.endsWith("man") && w.length() > 5
                    || w.endsWith("woman")) {
                return true;
            }
        }
        return false;
    }

    /** ", a unit of ...", ", a subsidiary of ...": what only an organisation is. */
    static boolean organisationApposition(TaggedSentence s, int k) {
        if (!s.token(k).equals(",")) {
            return false;
        }
        int t = k + 1;
        if (s.lower(t).equals("a") || s.lower(t).equals("an") || s.lower(t).equals("the")) {
            t++;
        }
        for (int end = Math.min(s.size(), t + 4); t < end; t++) {
            if (Lexicon.ORGANISATION_APPOSITIONS.contains(s.lower(t))) {
                return true;
            }
        }
        return false;
    }

    static boolean speaks(TaggedSentence s, int k) {
        String next = s.lower(k);
        return Lexicon.REPORTING_VERBS.contains(next) && !next.endsWith("ing")
                || (next.equals("has") || next.equals("had") || next.equals("also"))
                        && Lexicon.REPORTING_VERBS.contains(s.lower(k + 1));
    }
}
