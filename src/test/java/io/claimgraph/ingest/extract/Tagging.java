package io.claimgraph.ingest.extract;

/** Tags single sentences for the stage tests, with the real models. */
final class Tagging {

    private static final SentenceTagger TAGGER = new SentenceTagger(LanguageModels.shared());

    private Tagging() {
    }

    static TaggedSentence tag(String sentence) {
        return TAGGER.tag(sentence);
    }
}
