package io.claimgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * The tagger adds up, for every token, exactly the model parameters that OpenNLP's own context generator names for
 * it, in the same order, whether the words' parameters were just looked up or come from the cache.
 */
class PosWeightsTest {

    @Test
    void sameParametersAsOpenNlpsContextGenerator() throws IOException {
        LanguageModels models = LanguageModels.shared();
        PosWeights weights = new PosWeights(models.posModel());
        GreedyPosTagger tagger = new GreedyPosTagger(models.posModel(), weights);
        SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel());
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        int checked = 0;
        int sentenceStarts = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass reads every word from the cache
            for (String text : corpus()) {
                for (String sentence : sentences.sentDetect(text)) {
                    String[] tokens = tokenizer.tokenize(sentence);
                    String[] tags = tagger.tag(tokens);
                    PosWeights.Word[] words = Arrays.stream(tokens).map(weights::word).toArray(PosWeights.Word[]::new);
                    int[] tagIds = Arrays.stream(tags).mapToInt(tag -> outcomeIndex(weights, tag)).toArray();
                    POSContextGenerator reference = models.posModel().getFactory().getPOSContextGenerator();
                    for (int i = 0; i < tokens.length; i++) {
                        List<Context> expected = weights.known(reference.getContext(i, tokens, tags, null));
                        List<Context> actual = new ArrayList<>();
                        tagger.contexts(i, words, tagIds, group -> actual.addAll(List.of(group)));
                        assertEquals(expected.size(), actual.size(),
                                "parameters of token " + tokens[i] + " in: " + sentence);
                        for (int k = 0; k < expected.size(); k++) {
                            assertSame(expected.get(k), actual.get(k),
                                    "parameter " + k + " of token " + tokens[i] + " in: " + sentence);
                        }
                        checked++;
                    }
                    sentenceStarts++;
                }
            }
        }
        assertTrue(checked > 4000 && sentenceStarts > 100, "the corpus should be a real test: " + checked + " tokens");
    }

    @Test
    void wordsAreLookedUpOnceAndTheCacheIsBounded() {
        PosWeights weights = new PosWeights(LanguageModels.shared().posModel());
        assertSame(weights.word("troops"), weights.word("troops"));
        for (int i = 0; i <= PosWeights.MAX_WORDS; i++) {
            weights.word("w" + i);
        }
        assertTrue(weights.cachedWords() <= PosWeights.MAX_WORDS, "cached: " + weights.cachedWords());
    }

    private static int outcomeIndex(PosWeights weights, String tag) {
        for (int o = 0; o < weights.outcomes(); o++) {
            if (weights.outcome(o).equals(tag)) {
                return o;
            }
        }
        throw new AssertionError("not a tag of the model: " + tag);
    }

    private static List<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
