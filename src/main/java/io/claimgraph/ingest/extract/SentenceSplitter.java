package io.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/** Stage 1: splits a paragraph into sentences with the OpenNLP sentence model. */
public final class SentenceSplitter {

    // SentenceDetectorME keeps per-call state, so each thread gets its own.
    private final ThreadLocal<SentenceDetectorME> detector;

    /** Abbreviations that stand before a name, so a sentence never ends on them ("Rep. Dan Glickman", "retired Adm."). */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "rep.", "sen.", "gov.", "gen.", "adm.", "lt.", "col.", "capt.",
            "cmdr.",
            "sgt.", "maj.", "rev.", "hon.", "st.", "mt.", "ft.", "no.", "messrs.", "pres.", "sec.", "supt.", "insp.");

    /** Initials in a name ("J.P. Morgan", "Frank N. Newman"); the country initials that end many sentences excepted. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
    private static final Set<String> COUNTRY_INITIALS = Set.of("U.S.", "U.K.", "U.N.", "E.C.", "U.S.S.R.", "U.A.E.");

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
            // The model sometimes cuts inside "$1.5 billion"; no sentence starts with a lower-case letter or a digit,
            // and none ends on a comma ("Rep. Dan Glickman, D-Kan., chairman of ...").
            char first = paragraph.charAt(from);
            String before = start >= 0 ? paragraph.substring(start, end).strip() : "";
            if (start >= 0 && (Character.isLowerCase(first) || Character.isDigit(first) || first == ','
                    || before.endsWith(",") || endsOnNamePart(before))) {
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

    /** The text ends on a title abbreviation or on a person's initial, which a name follows. */
    private static boolean endsOnNamePart(String text) {
        String trimmed = text.strip();
        int space = trimmed.lastIndexOf(' ');
        String last = trimmed.substring(space + 1);
        if (TITLE_ABBREVIATIONS.contains(last.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (last.startsWith("<") && !last.contains(">")) {
            return true; // inside a ticker code: "<RTZL.L>"
        }
        return INITIALS.matcher(last).matches() && !COUNTRY_INITIALS.contains(last);
    }
}
