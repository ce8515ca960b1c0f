package io.claimgraph.ingest.extract;

import java.util.function.Consumer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tagging with OpenNLP's model, decoded greedily: each token gets the most probable tag that the
 * model's sequence validator allows after the tags before it.
 *
 * <p>That is what {@code POSTaggerME} computes with a beam of one (the setting {@link LanguageModels} loads), but
 * its beam search sorts every token's full score array and builds sequence objects to keep a beam of one, and it
 * builds and looks up every feature string of every token. This loop adds up the same model parameters, looked up
 * once per word ({@link PosWeights}), in the same order, and scores them as the model does: same tags
 * ({@code GreedyPosTaggerTest} checks that against {@code POSTaggerME}).
 * Not thread-safe (it keeps a score array): one per thread.
 */
public final class GreedyPosTagger {

    private final PosWeights weights;
    private final SequenceValidator<String> validator;
    private final double[] scores;
    private final Consumer<Context[]> addToScores = this::add;

    public GreedyPosTagger(POSModel posModel, PosWeights weights) {
        this.weights = weights;
        this.validator = posModel.getFactory().getSequenceValidator();
        this.scores = new double[weights.outcomes()];
    }

    public String[] tag(String[] tokens) {
        PosWeights.Word[] words = new PosWeights.Word[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = weights.word(tokens[i]);
        }
        String[] tags = new String[tokens.length];
        int[] tagIds = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            System.arraycopy(weights.prior(), 0, scores, 0, scores.length);
            contexts(i, words, tagIds, addToScores);
            normalize();
            tagIds[i] = bestValid(i, tokens, tags);
            tags[i] = weights.outcome(tagIds[i]);
        }
        return tags;
    }

    /**
     * The parameters of token {@code i}'s context, in the order of the model's feature descriptor: the word's own
     * features, the words around it (window of two), the start of the sentence (window of two), the word's shape,
     * then the one and two tags before it.
     */
    void contexts(int i, PosWeights.Word[] words, int[] tagIds, Consumer<Context[]> sink) {
        int n = words.length;
        sink.accept(words[i].own());
        sink.accept(words[i].current());
        if (i >= 1) {
            sink.accept(words[i - 1].prev1());
        }
        if (i >= 2) {
            sink.accept(words[i - 2].prev2());
        }
        if (i + 1 < n) {
            sink.accept(words[i + 1].next1());
        }
        if (i + 2 < n) {
            sink.accept(words[i + 2].next2());
        }
        if (i <= 2) {
            sink.accept(weights.sentenceBegin(i));
        }
        sink.accept(words[i].shape());
        if (i >= 1) {
            sink.accept(weights.previousTag(tagIds[i - 1]));
        }
        if (i >= 2) {
            sink.accept(weights.previousTags(tagIds[i - 2], tagIds[i - 1]));
        }
    }

    /** As OpenNLP's maximum entropy model adds a feature's parameters to the outcome sums. */
    private void add(Context[] contexts) {
        for (Context context : contexts) {
            int[] outcomes = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int a = 0; a < outcomes.length; a++) {
                scores[outcomes[a]] += parameters[a];
            }
        }
    }

    /** As the model turns the sums into probabilities (the same operations, so the same ties). */
    private void normalize() {
        double normal = 0.0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            normal += scores[o];
        }
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= normal;
        }
    }

    private int mostProbable() {
        int best = 0;
        for (int outcome = 1; outcome < scores.length; outcome++) {
            if (scores[outcome] > scores[best]) {
                best = outcome;
            }
        }
        return best;
    }

    private int bestValid(int index, String[] tokens, String[] tags) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int outcome = 0; outcome < scores.length; outcome++) {
            if (scores[outcome] > bestScore && validator.validSequence(index, tokens, tags, weights.outcome(outcome))) {
                best = outcome;
                bestScore = scores[outcome];
            }
        }
        // the validator allows no tag at all (it never happened on the test corpus): the model's choice, unchecked
        return best >= 0 ? best : mostProbable();
    }
}
