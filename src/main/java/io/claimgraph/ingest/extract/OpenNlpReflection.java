package io.claimgraph.ingest.extract;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the native image must keep for OpenNLP: a model file names its tool factory and feature generators by
 * class name, and OpenNLP creates them by reflection when the model loads, which a native image cannot see
 * coming. (The model files themselves and the gazetteer are included as resources in application.properties.)
 */
@RegisterForReflection(classNames = {
        "opennlp.tools.sentdetect.SentenceDetectorFactory",
        "opennlp.tools.tokenize.TokenizerFactory",
        "opennlp.tools.postag.POSTaggerFactory",
        "opennlp.tools.util.featuregen.AggregatedFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.BrownClusterBigramFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.BrownClusterTokenClassFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.BrownClusterTokenFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.CachedFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.CharacterNgramFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.DocumentBeginFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.POSTaggerNameFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.TokenPatternFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.TrigramNameFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory"
})
public final class OpenNlpReflection {

    private OpenNlpReflection() {
    }
}
