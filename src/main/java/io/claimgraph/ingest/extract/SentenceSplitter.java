package io.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;

/** Stage 1: splits a paragraph into sentences with the OpenNLP sentence model. */
public final class SentenceSplitter {

    // SentenceDetectorME keeps per-call state, so each thread gets its own.
    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceSplitter(LanguageModels models) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentenceModel()));
    }

    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        for (String s : detector.get().sentDetect(paragraph)) {
            String trimmed = s.strip();
            if (!trimmed.isEmpty()) {
                sentences.add(trimmed);
            }
        }
        return sentences;
    }
}
