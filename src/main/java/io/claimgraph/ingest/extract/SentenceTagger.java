package io.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Stage 2: tokenises a sentence and tags parts of speech (Universal Dependencies tags).
 *
 * <p>The UD EWT tokenizer leaves two things glued that the later stages need apart: dashes written without spaces
 * ("forces—particularly") and the possessive "'s" ("Korea's"). Those tokens are cut at the dash or the
 * apostrophe before tagging, so "South Korea's" tags as PROPN PROPN PART. Angle brackets and parentheses glued to
 * a word ("<Halvorsen", "N.V.>") are cut off too. It also gives "Farmer-Citizen" as
 * "Farmer" "-Citizen"; the hyphen is cut off so that the name can be joined again by the name scanner.
 */
public final class SentenceTagger {

    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<GreedyPosTagger> tagger;

    public SentenceTagger(LanguageModels models) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokenizerModel()));
        this.tagger = ThreadLocal.withInitial(() -> new GreedyPosTagger(models.posModel(), models.posWeights()));
    }

    public TaggedSentence tag(String sentence) {
        Span[] spans = tokenizer.get().tokenizePos(sentence);
        List<int[]> cut = new ArrayList<>(spans.length + 8);
        for (Span span : spans) {
            cutGluedToken(sentence, span.getStart(), span.getEnd(), cut);
        }
        int n = cut.size();
        String[] tokens = new String[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = cut.get(i)[0];
            ends[i] = cut.get(i)[1];
            tokens[i] = sentence.substring(starts[i], ends[i]);
        }
        String[] tags = tagger.get().tag(tokens);
        return new TaggedSentence(sentence, tokens, starts, ends, tags);
    }

    private static void cutGluedToken(String s, int start, int end, List<int[]> out) {
        if (end - start > 1 && (s.charAt(start) == '<' || s.charAt(start) == '(')) {
            // wire copy brackets names and codes: "<Halvorsen N.V.>", "<ABC.L>", "(ICCH)"
            out.add(new int[]{start, start + 1});
            cutGluedToken(s, start + 1, end, out);
            return;
        }
        if (end - start > 1 && (s.charAt(end - 1) == '>' || s.charAt(end - 1) == ')')) {
            cutGluedToken(s, start, end - 1, out);
            out.add(new int[]{end - 1, end});
            return;
        }
        if (end - start > 1) {
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if ((c == '\u2014' || c == '\u2013') && end - start > 1) {
                    if (i > start) {
                        cutGluedToken(s, start, i, out);
                    }
                    out.add(new int[]{i, i + 1});
                    if (i + 1 < end) {
                        cutGluedToken(s, i + 1, end, out);
                    }
                    return;
                }
            }
            if (s.charAt(start) == '-' && Character.isLetter(s.charAt(start + 1))) {
                // "Farmer-Citizen" comes out as "Farmer" "-Citizen"
                out.add(new int[]{start, start + 1});
                cutGluedToken(s, start + 1, end, out);
                return;
            }
            if (end - start > 2 && s.charAt(end - 1) == 's'
                    && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '\u2019')) {
                out.add(new int[]{start, end - 2});
                out.add(new int[]{end - 2, end});
                return;
            }
        }
        out.add(new int[]{start, end});
    }
}
