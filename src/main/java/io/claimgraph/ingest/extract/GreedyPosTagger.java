package io.claimgraph.ingest.extract;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tagging with OpenNLP's model, decoded greedily: each token gets the most probable tag that the
 * model's sequence validator allows after the tags before it.
 *
 * <p>That is what {@code POSTaggerME} computes with a beam of one (the setting {@link LanguageModels} loads), but
 * its beam search sorts every token's full score array and builds sequence objects to keep a beam of one; tagging
 * was two thirds of extraction, and this loop does the same work for less. Same model, same features, same
 * validator, so the same tags ({@code GreedyPosTaggerTest} checks that against {@code POSTaggerME}).
 * Not thread-safe (the context generator caches features): one per thread.
 */
public final class GreedyPosTagger {

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] scores;

    public GreedyPosTagger(POSModel posModel) {
        this.model = posModel.getArtifact("pos.model");
        this.contexts = posModel.getFactory().getPOSContextGenerator();
        this.validator = posModel.getFactory().getSequenceValidator();
        this.scores = new double[model.getNumOutcomes()];
    }

    public String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            model.eval(contexts.getContext(i, tokens, tags, null), scores);
            tags[i] = bestValid(i, tokens, tags);
        }
        return tags;
    }

    private String bestValid(int index, String[] tokens, String[] tags) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int outcome = 0; outcome < scores.length; outcome++) {
            if (scores[outcome] > bestScore) {
                String tag = model.getOutcome(outcome);
                if (validator.validSequence(index, tokens, tags, tag)) {
                    best = tag;
                    bestScore = scores[outcome];
                }
            }
        }
        return best;
    }
}
