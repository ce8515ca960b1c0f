package io.claimgraph.ingest.extract;

/** Tokens {@code [from, to)} of a sentence that carry one claim. */
public record Clause(TaggedSentence sentence, int from, int to) {

    public String text() {
        return sentence.span(from, to);
    }
}
