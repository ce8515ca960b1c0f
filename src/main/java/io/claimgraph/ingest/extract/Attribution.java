package io.claimgraph.ingest.extract;

/**
 * Who a clause says makes the claim, as found in the text.
 *
 * @param form        which pattern found it
 * @param phrase      the attribution as written ("Maria Keller, an analyst at Nordhavn Risk Partners")
 * @param sourceFrom  first token of the source noun phrase
 * @param sourceTo    end (exclusive) of the source noun phrase, without appositive or trailing "in the region"
 * @param head        token index of the source's head word
 * @param cue         the reporting word(s) as written, lower case ("said", "according to", "assertions")
 */
public record Attribution(Form form, String phrase, int sourceFrom, int sourceTo, int head, String cue) {

    public enum Form {
        /** "according to X": the strongest, named on purpose. */
        ACCORDING_TO,
        /** "X said ...", "X, an analyst at Y, said", "with X suggesting". */
        SUBJECT_VERB,
        /** "..., said X, chief economist at Y." */
        VERB_SUBJECT,
        /** "assertions that ...", "reports that ...": a source named by a noun. */
        NOMINAL
    }
}
