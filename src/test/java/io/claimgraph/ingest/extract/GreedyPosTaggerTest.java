package io.claimgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** The greedy decoder gives OpenNLP's own tagger's tags (same model, beam of one) on every test article. */
class GreedyPosTaggerTest {

    @Test
    void sameTagsAsOpenNlpsTagger() throws IOException {
        LanguageModels models = LanguageModels.shared();
        SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel());
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        POSTaggerME reference = new POSTaggerME(models.posModel(), POSTagFormat.UD);
        GreedyPosTagger greedy = new GreedyPosTagger(models.posModel(), models.posWeights());
        int tokens = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                for (String sentence : sentences.sentDetect(Files.readString(file))) {
                    String[] words = tokenizer.tokenize(sentence);
                    assertArrayEquals(reference.tag(words), greedy.tag(words), sentence);
                    tokens += words.length;
                }
            }
        }
        assertTrue(tokens > 2000, "the corpus should be a real test: " + tokens + " tokens");
    }
}
