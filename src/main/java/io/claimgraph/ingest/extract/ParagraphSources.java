package io.claimgraph.ingest.extract;

import java.util.List;

/** The sources a paragraph names after the sentences they speak for. */
final class ParagraphSources {

    private ParagraphSources() {
    }

    /**
     * A paragraph often names its source only in its last sentence: a quotation that runs over several sentences
     * ("\"We expect growth. Costs fell,\" he said."), a quote followed by a sentence of its own ("\"...\" Smith said in
     * a statement."), a report's figures ("Borrowing totalled one billion dlrs. ... fell to 300 mln, the OECD
     * added."). Sentences of the paragraph before it with no source of their own take the one named after them.
     */
    static void fillBackwards(List<ArticleExtraction.Draft> drafts) {
        for (int k = drafts.size() - 2; k >= 0; k--) {
            ArticleExtraction.Draft d = drafts.get(k);
            ArticleExtraction.Draft next = drafts.get(k + 1);
            if (d.attribution() != null && !d.inherited() || next.asserter() == null
                    || next.paragraph() != d.paragraph() || next.clause().sentence() == d.clause().sentence()) {
                continue;
            }
            // a quotation carried over from the paragraph before gives way to a speaker named right after it
            if (opensQuote(d.clause().sentence()) && hasQuote(next.clause().sentence())
                    || closesQuote(d.clause().sentence()) && isBareAttribution(next)
                    || next.attribution() != null && d.asserter() == null) {
                drafts.set(k, new ArticleExtraction.Draft(d.clause(), d.mentions(), next.attribution(), next.asserter(),
                        d.paragraph(), next.inherited()));
            }
        }
    }

    private static int quotes(TaggedSentence s) {
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).equals("\"")) {
                n++;
            }
        }
        return n;
    }

    private static boolean opensQuote(TaggedSentence s) {
        return s.size() > 0 && s.token(0).equals("\"") && quotes(s) % 2 == 1;
    }

    private static boolean hasQuote(TaggedSentence s) {
        return quotes(s) > 0;
    }

    private static boolean closesQuote(TaggedSentence s) {
        return s.size() > 0 && s.token(s.size() - 1).equals("\"");
    }

    /** "Smith said in a statement.": the speaker and hardly anything else. */
    private static boolean isBareAttribution(ArticleExtraction.Draft d) {
        Attribution a = d.attribution();
        TaggedSentence s = d.clause().sentence();
        if (a == null || a.form() != Attribution.Form.SUBJECT_VERB || a.sourceFrom() > 1) {
            return false;
        }
        int words = 0;
        for (int i = a.sourceTo(); i < s.size(); i++) {
            if (!s.isPunct(i)) {
                words++;
            }
        }
        return words <= 5;
    }
}
