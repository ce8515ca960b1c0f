package io.claimgraph.ingest;

import io.claimgraph.ingest.extract.ArticleExtraction;
import io.claimgraph.ingest.extract.LanguageModels;
import io.claimgraph.ingest.extract.PlaceDirectory;
import java.util.List;

/**
 * Turns an article's paragraphs into attributed, hedged, quantified claims with their actors and places.
 *
 * <p>Stages, each its own class in {@code io.claimgraph.ingest.extract}:
 * sentence split ({@code SentenceSplitter}) → tokenise and POS-tag ({@code SentenceTagger}) → names
 * ({@code MentionScanner}) → clauses ({@code ClauseSplitter}) → attribution ({@code AttributionFinder}) → certainty and
 * hedges ({@code CertaintyAssessor}) → quantities ({@code QuantityFinder}) → time ({@code TimeExpressionFinder}) →
 * actors ({@code ActorResolver}) → places ({@code PlaceResolver}).
 *
 * <p>The headline is not mined for claims (it repeats the lede in headline case, which also fools the tagger).
 * Paragraphs are expected normalised and de-duplicated; a clause whose text was already extracted is not
 * extracted twice. Clauses with no source, name, place, number or time ("The situation remains fluid, ...") are
 * scene-setting and are skipped.
 *
 * <p>Thread-safe: the models are shared, the OpenNLP tools are per thread, and each call has its own state.
 */
public final class ClaimExtractor {

    private final ArticleExtraction.Stages stages;

    public ClaimExtractor(LanguageModels models, PlaceDirectory places) {
        this.stages = new ArticleExtraction.Stages(models, places);
    }

    public ClaimExtractor(PlaceDirectory places) {
        this(LanguageModels.shared(), places);
    }

    /**
     * @param headline   the article's headline; not mined for claims
     * @param paragraphs the body, normalised and de-duplicated, headline lines removed
     */
    public ExtractedArticle extract(String headline, List<String> paragraphs) {
        return new ArticleExtraction(stages).run(paragraphs);
    }
}
