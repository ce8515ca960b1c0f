package io.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * The POS model's weights for each token, looked up once per distinct token rather than once per occurrence.
 *
 * <p>The model (UD EWT 1.3, its {@code generator.featuregen}) describes a token by strings: its own prefixes,
 * suffixes and shape, the lower-cased words up to two to each side (as "p1w=...", "n2w=..."), where the sentence
 * begins, and the two tags before it. OpenNLP builds those strings afresh for every token and looks each one up in
 * the model's map; that was most of the tagger's time and a third of everything ingest allocates. Only the tags
 * depend on the sentence being tagged: everything else is a function of one word. So each word's strings are made
 * once, by OpenNLP's own feature generators, and kept as the model parameters they name; the tags before a token
 * are model parameters indexed by tag. {@link GreedyPosTagger} adds them up in the descriptor's order, so the sums
 * are the same to the last bit ({@code PosWeightsTest} checks the parameters against OpenNLP's context generator,
 * {@code GreedyPosTaggerTest} the tags against its tagger).
 *
 * <p>Thread-safe and shared by all taggers of a process. The cache holds at most {@value #MAX_WORDS} words (about
 * 15 MB when full) and starts again when full; most of a news text is a few thousand common words.
 */
public final class PosWeights {

    static final int MAX_WORDS = 50_000;
    private static final String SENTENCE_BEGIN = "S=begin";
    private static final Context[] NONE = new Context[0];

    /** Features of the word itself: OpenNLP's "def", suffixes and prefixes (the descriptor's first three). */
    private static final AdaptiveFeatureGenerator OWN = new AggregatedFeatureGenerator(
            new OutcomePriorFeatureGenerator(),
            new SuffixFeatureGenerator(), new PrefixFeatureGenerator());
    /** The lower-cased word, which the descriptor also gives for the two words to either side. */
    private static final AdaptiveFeatureGenerator WORD = new TokenFeatureGenerator(true);
    /** The word's shape and the word with its shape (the descriptor's token-class generator). */
    private static final AdaptiveFeatureGenerator SHAPE = new TokenClassFeatureGenerator(true);

    /**
     * One word's parameters, for each place the word can take in another token's context: itself, one or two words
     * before it, one or two after it. Features the model does not know are left out (they add nothing).
     */
    record Word(Context[] own, Context[] current, Context[] prev1, Context[] prev2, Context[] next1, Context[] next2,
            Context[] shape) {
    }

    private final Map<String, Context> parameters;
    private final String[] outcomes;
    private final double[] prior;
    private final Context[] sentenceBegin;
    private final Context[] sentenceBeginPrev1;
    private final Context[] sentenceBeginPrev2;
    private final Context[][] previousTag;
    private final Context[][][] previousTags;
    private final Map<String, Word> words = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public PosWeights(POSModel model) {
        if (!(model.getArtifact("pos.model") instanceof GISModel gis)) {
            throw new IllegalArgumentException("The POS model is not a maximum entropy (GIS) model");
        }
        Object[] data = gis.getDataStructures();
        this.parameters = (Map<String, Context>) data[1];
        this.outcomes = (String[]) data[2];
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(outcomes, null);
        this.prior = new double[outcomes.length];
        uniform.logPrior(prior, (int[]) null);
        this.sentenceBegin = resolve(List.of(SENTENCE_BEGIN));
        this.sentenceBeginPrev1 = resolve(List.of("p1" + SENTENCE_BEGIN));
        this.sentenceBeginPrev2 = resolve(List.of("p2" + SENTENCE_BEGIN));
        int n = outcomes.length;
        this.previousTag = new Context[n][];
        this.previousTags = new Context[n][n][];
        for (int a = 0; a < n; a++) {
            previousTag[a] = resolve(List.of("t=" + outcomes[a]));
            for (int b = 0; b < n; b++) {
                previousTags[a][b] = resolve(List.of("t2=" + outcomes[a] + "," + outcomes[b]));
            }
        }
    }

    int outcomes() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** The log of the uniform prior, where each token's sum starts. */
    double[] prior() {
        return prior;
    }

    Word word(String token) {
        Word word = words.get(token);
        if (word == null) {
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            word = describe(token);
            words.put(token, word);
        }
        return word;
    }

    int cachedWords() {
        return words.size();
    }

    Context[] sentenceBegin(int offset) {
        return offset == 0 ? sentenceBegin : offset == 1 ? sentenceBeginPrev1 : sentenceBeginPrev2;
    }

    /** The "t=" parameter for the tag before a token. */
    Context[] previousTag(int tag) {
        return previousTag[tag];
    }

    /** The "t2=" parameter for the two tags before a token. */
    Context[] previousTags(int beforePrevious, int previous) {
        return previousTags[beforePrevious][previous];
    }

    private Word describe(String token) {
        String[] alone = {token};
        List<String> word = features(WORD, alone);
        return new Word(resolve(features(OWN, alone)), resolve(word), resolve(prefixed("p1", word)),
                resolve(prefixed("p2", word)),
                resolve(prefixed("n1", word)), resolve(prefixed("n2", word)), resolve(features(SHAPE, alone)));
    }

    private static List<String> features(AdaptiveFeatureGenerator generator, String[] alone) {
        List<String> features = new ArrayList<>(12);
        generator.createFeatures(features, alone, 0, null);
        return features;
    }

    /** As OpenNLP's window generator names a neighbour's features. */
    private static List<String> prefixed(String prefix, List<String> features) {
        return features.stream().map(f -> prefix + f).toList();
    }

    private Context[] resolve(List<String> features) {
        List<Context> known = new ArrayList<>(features.size());
        for (String feature : features) {
            Context context = parameters.get(feature);
            if (context != null) {
                known.add(context);
            }
        }
        return known.isEmpty() ? NONE : known.toArray(NONE);
    }

    /** The parameters that these features name, in order, unknown ones left out (as the tagger adds them up). */
    List<Context> known(String[] features) {
        return List.of(resolve(List.of(features)));
    }
}
