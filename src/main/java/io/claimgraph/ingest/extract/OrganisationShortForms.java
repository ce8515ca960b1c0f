package io.claimgraph.ingest.extract;

/**
 * Part of {@link ActorResolver}: a source that is a short form of an organisation the article names in full: "S and P"
 * for Standard and Poor's Corp (initials joined by "and"), "the Fed" for the Federal Reserve Board (a clipped first
 * word).
 */
final class OrganisationShortForms {

    private OrganisationShortForms() {
    }

    /** The organisation the source abbreviates, or null. */
    static ArticleActors.Entry named(TaggedSentence s, Attribution a, ArticleActors actors) {
        String initials = initialsJoined(s, a.sourceFrom(), a.sourceTo());
        if (initials != null) {
            var named = actors.organisationWithInitials(initials);
            if (named.isPresent()) {
                return named.get();
            }
        }
        if (a.sourceTo() - a.sourceFrom() <= 2 && s.isCapitalised(a.head()) && !"DET".equals(s.tag(a.head()))) {
            return actors.organisationClippedTo(s.token(a.head())).orElse(null);
        }
        return null;
    }

    /**
     * The organisation whose name starts with the whole source, two to four capitalised words ("Virginia Federal" for
     * Virginia Federal Savings and Loan Association), or null.
     */
    static ArticleActors.Entry leadingWords(TaggedSentence s, Attribution a, ArticleActors actors) {
        int from = a.sourceFrom();
        int to = a.sourceTo();
        if (to - from < 2 || to - from > 4) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (!s.isCapitalised(i) || s.isPunct(i)) {
                return null;
            }
        }
        return actors.organisationStartingWith(s.span(from, to)).orElse(null);
    }

    /** "S and P", "A&P": capital letters joined by "and" or "&" as the whole source: their letters, else null. */
    private static String initialsJoined(TaggedSentence s, int from, int to) {
        StringBuilder letters = new StringBuilder();
        for (int i = from; i < to; i++) {
            String t = s.token(i);
            boolean letter = t.length() == 1 && Character.isUpperCase(t.charAt(0));
            boolean joint = t.equals("&") || t.equalsIgnoreCase("and");
            if ((i - from) % 2 == 0 ? !letter : !joint) {
                return null;
            }
            if (letter) {
                letters.append(t);
            }
        }
        return letters.length() >= 2 && (to - from) % 2 == 1 ? letters.toString() : null;
    }
}
