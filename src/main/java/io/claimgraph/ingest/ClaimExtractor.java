package io.claimgraph.ingest;

import io.claimgraph.ingest.extract.ArticleExtraction;
import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.LanguageModels;
import io.claimgraph.ingest.extract.PlaceDirectory;
import java.util.List;

/**
 * Turns an article's paragraphs into attributed, hedged, quantified claims with their actors and places.
 *
 * <p>Stages, each its own class in {@code io.claimgraph.ingest.extract}:
 * sentence split ({@code SentenceSplitter}, OpenNLP) → tokenise and POS-tag ({@code SentenceTagger}, OpenNLP, UD tags) →
 * names ({@code MentionScanner}) → clauses ({@code ClauseSplitter}) → attribution ({@code AttributionFinder}) →
 * certainty and hedges ({@code CertaintyAssessor}) → quantities ({@code QuantityFinder}) → time
 * ({@code TimeExpressionFinder}) → actors ({@code ActorRegistration}) → asserters ({@code ActorResolver}) → places
 * ({@code PlaceResolver}).
 *
 * <p>Rules worth knowing (details in each stage's javadoc):
 * <ul>
 * <li><b>States and places.</b> A country named in the text is both a STATE actor and a COUNTRY location. Regions and
 * cities are locations only.</li>
 * <li><b>Demonyms</b> ("North Korean", "Ukrainian") link their country's STATE, with the demonym as alias, but add no
 * location. Demonym + troops/forces/soldiers/army is an ARMED_FORCE named "&lt;demonym&gt; forces" ("North Korean
 * troops" → North Korean forces, KP); a qualifier stays ("Ukrainian special forces"). Demonym + "intelligence", or
 * "&lt;country&gt;'s intelligence agency", is that country's INTELLIGENCE_AGENCY (a short table names the well-known
 * ones, e.g. KR → National Intelligence Service; others keep the words of the text).</li>
 * <li><b>Metonyms.</b> A city (or city-region) in an actor position, i.e. before a statement verb ("Moscow said"),
 * after a relation noun ("alliance with Moscow", "talks with Beijing") or before "'s" + relation noun, stands for its
 * country's government: it becomes that STATE with the city as alias, and no location.</li>
 * <li><b>People</b> are capitalised runs of two to four words, or one after a title; titles and a demonym in front are
 * dropped from the name and give the country ("Ukrainian President Volodymyr Zelensky" → Volodymyr Zelensky, UA).
 * A later bare surname is the same person. <b>Organisations</b> end in an organisation word (Inc, Corp, Agency,
 * Ministry, Institute, Bank, Partners, Group, ...) and their leading words are short forms ("Harbor Lane").</li>
 * <li><b>Unnamed sources.</b> An attribution whose head names nobody in particular (experts, officials, sources,
 * estimates, reports, intelligence, assertions, study, ...) is an UNNAMED_SOURCE under its own words ("South Korean
 * military sources", "prior estimates", "recent intelligence"); each stays separate and is never merged into a
 * named actor. "he/she" is the last person named; "the company/club/ministry" the organisation it refers to.</li>
 * <li><b>The article's own voice</b>: no attribution, asserter null, certainty from the cue words alone.</li>
 * <li><b>Currencies</b> are units by ISO code, lower case: "$2.5 billion" is 2.5e9 "usd"; "95 million euros" is
 * 9.5e7 "eur".</li>
 * </ul>
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
        return extract(headline, null, paragraphs);
    }

    /**
     * @param dateline the wire dateline taken off the first paragraph, or null: its place is the article's place
     */
    public ExtractedArticle extract(String headline, Dateline dateline, List<String> paragraphs) {
        return new ArticleExtraction(stages).run(dateline == null ? null : dateline.city(),
                dateline == null ? null : dateline.region(), paragraphs);
    }
}
