package io.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/** Stage 1: splits a paragraph into sentences with the OpenNLP sentence model. */
public final class SentenceSplitter {

    // SentenceDetectorME keeps per-call state, so each thread gets its own.
    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceSplitter(LanguageModels models) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentenceModel()));
    }

    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Span[] spans = detector.get().sentPosDetect(paragraph);
        int start = -1;
        int end = -1;
        for (Span span : spans) {
            int from = span.getStart();
            while (from < span.getEnd() && Character.isWhitespace(paragraph.charAt(from))) {
                from++;
            }
            if (from >= span.getEnd()) {
                continue;
            }
            // The model sometimes cuts inside "$1.5 billion"; no sentence starts with a lower-case letter or a digit.
            char first = paragraph.charAt(from);
            if (start >= 0 && (Character.isLowerCase(first) || Character.isDigit(first))) {
                end = span.getEnd();
                continue;
            }
            if (start >= 0) {
                sentences.add(paragraph.substring(start, end).strip());
            }
            start = from;
            end = span.getEnd();
        }
        if (start >= 0) {
            sentences.add(paragraph.substring(start, end).strip());
        }
        return sentences;
    }
}
