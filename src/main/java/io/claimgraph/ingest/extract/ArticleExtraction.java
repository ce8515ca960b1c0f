package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of the stages over one article. Two passes: the first tags every sentence and registers every actor
 * and place (so a surname or "the North" can refer to a name given later in the text), the second cuts clauses
 * and builds the claims.
 */
public final class ArticleExtraction {

    /** The stateless (per-thread) stage objects, built once per extractor. */
    public static final class Stages {
        final SentenceSplitter sentences;
        final SentenceTagger tagger;
        final MentionScanner names;
        final AttributionFinder attributions;
        final ClauseSplitter clauses;
        final CertaintyAssessor certainty;
        final QuantityFinder quantities;
        final TimeExpressionFinder times;
        final ActorRegistration registration;
        final ActorResolver actors;
        final PlaceResolver places;
        final PlaceDirectory directory;

        public Stages(LanguageModels models, PlaceDirectory directory) {
            this.directory = directory;
            this.sentences = new SentenceSplitter(models);
            this.tagger = new SentenceTagger(models);
            this.names = new MentionScanner(directory);
            this.attributions = new AttributionFinder();
            this.clauses = new ClauseSplitter(attributions);
            this.certainty = new CertaintyAssessor();
            this.quantities = new QuantityFinder();
            this.times = new TimeExpressionFinder();
            this.registration = new ActorRegistration();
            this.actors = new ActorResolver();
            this.places = new PlaceResolver();
        }
    }

    /** A clause and its source; {@code inherited} when the source is the running one of a sentence before. */
    record Draft(Clause clause, List<Mention> mentions, Attribution attribution, ArticleActors.Entry asserter,
            int paragraph, boolean inherited) {
    }

    private final Stages stages;
    private final ArticleActors actors = new ArticleActors();
    private final ArticlePlaces places = new ArticlePlaces();

    public ArticleExtraction(Stages stages) {
        this.stages = stages;
    }

    /**
     * @param datelineCity   the dateline's place as written ("SPRINGFIELD"), or null
     * @param datelineRegion the dateline's state or country as written ("Ill."), or null
     */
    public ExtractedArticle run(String datelineCity, String datelineRegion, List<String> paragraphs) {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        List<Integer> paragraphOf = new ArrayList<>();
        int paragraphIndex = 0;
        for (String paragraph : paragraphs) {
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            for (String sentence : stages.sentences.split(paragraph)) {
                TaggedSentence tagged = stages.tagger.tag(sentence);
                sentences.add(tagged);
                mentions.add(stages.names.scan(tagged));
                paragraphOf.add(paragraphIndex);
            }
            paragraphIndex++;
        }
        stages.registration.register(sentences, mentions, actors);
        stages.places.register(mentions, places);
        DatelinePlace.resolve(stages.directory, datelineCity, datelineRegion)
                .ifPresent(p -> places.add(p, datelineCity));

        List<Draft> drafts = draftClaims(sentences, mentions, paragraphOf);
        List<ExtractedClaim> claims = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            ExtractedClaim claim = build(d);
            if (claim != null) {
                claims.add(claim);
            }
        }
        return new ExtractedArticle(claims, actors.all(), places.all());
    }

    /**
     * Cuts clauses and finds their asserters, reading the article in order: "he/she" is the last person named,
     * "it" the organisation that spoke last (or was named last). A clause with no attribution of its own goes on
     * with the asserter of the sentence before it in the same paragraph (reported speech runs on until another
     * source is named), and a paragraph that opens with a quotation and names nobody goes on with the asserter of
     * the paragraph before.
     */
    private List<Draft> draftClaims(List<TaggedSentence> sentences, List<List<Mention>> mentions,
            List<Integer> paragraphOf) {
        List<Draft> drafts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArticleActors.Entry lastPerson = null;
        Discourse discourse = new Discourse();
        Draft running = null; // the last attributed clause, for reported speech that runs on
        for (int i = 0; i < sentences.size(); i++) {
            TaggedSentence s = sentences.get(i);
            List<Mention> sentenceMentions = mentions.get(i);
            boolean newParagraph = i == 0 || !paragraphOf.get(i).equals(paragraphOf.get(i - 1));
            if (newParagraph && running != null && !(s.size() > 0 && s.token(0).equals("\"") && !hasAttribution(s))
                    && !(reportedVoice(s) && !hasAttribution(s))) {
                running = null;
            }
            for (Clause clause : stages.clauses.split(s)) {
                if (!seen.add(clause.text())) { // paragraphs arrive normalised: equal claims are equal strings
                    continue;
                }
                List<Attribution> found = stages.attributions.find(s, clause.from(), clause.to());
                Attribution attribution = found.isEmpty() ? null : found.get(0);
                if (found.size() > 1 && outerSpeaker(s, found.get(found.size() - 1))
                        && found.get(found.size() - 1).form() == attribution.form()) {
                    attribution = found.get(found.size() - 1); // "X said A ..., chairman Y said.": Y says all of it
                }
                ArticleActors.Entry asserter = null;
                if (attribution != null) {
                    discourse.lastPerson = lastPersonBefore(sentenceMentions, clause.from(), lastPerson);
                    discourse.lastOrganisation = discourse.organisationBefore(sentenceMentions, clause.from());
                    asserter = stages.actors.asserter(s, sentenceMentions, attribution, actors, discourse);
                    Draft draft = new Draft(clause, sentenceMentions, attribution, asserter, paragraphOf.get(i), false);
                    drafts.add(draft);
                    if (asserter != null) {
                        running = draft;
                        discourse.spoke(asserter, s.lower(attribution.head()));
                    }
                    continue;
                }
                if (running != null) {
                    drafts.add(new Draft(clause, sentenceMentions, running.attribution(), running.asserter(),
                            paragraphOf.get(i), true));
                } else {
                    drafts.add(new Draft(clause, sentenceMentions, null, null, paragraphOf.get(i), false));
                }
            }
            lastPerson = lastPersonBefore(sentenceMentions, s.size(), lastPerson);
            discourse.seen(s, sentenceMentions);
        }
        ParagraphSources.fillBackwards(drafts);
        return drafts;
    }

    /** Words of reported speech rather than of the reporter's narration: forecasts and back-shifted modals. */
    private static final Set<String> REPORTED_VOICE = Set.of(
            "would", "could", "might", "should", "will", "expects", "expected", "likely", "may", "forecast");

    private static boolean reportedVoice(TaggedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (REPORTED_VOICE.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause inside the reported content: "... creditors had to trust him when he said ...". */
    private static final Set<String> SUBORDINATORS = Set.of(
            "when", "that", "because", "if", "as", "after", "before", "while", "since", "although", "which", "who");

    /** A later speaker of the same form as the first that is no part of what the first reports. */
    private static boolean outerSpeaker(TaggedSentence s, Attribution a) {
        // "officials said later they expected ...": a pronoun inside the report is its subject, not a new speaker
        // (a closing ", he said" after a named speaker was tried too: it lowered the held-out half)
        return a.sourceFrom() > 0 && !SourcePhrase.PRONOUNS.contains(s.lower(a.sourceFrom()))
                && !SUBORDINATORS.contains(s.lower(a.sourceFrom() - 1));
    }

    private boolean hasAttribution(TaggedSentence s) {
        return !stages.attributions.find(s, 0, s.size()).isEmpty();
    }

    private static ArticleActors.Entry lastPersonBefore(List<Mention> mentions, int token,
            ArticleActors.Entry fallback) {
        ArticleActors.Entry last = fallback;
        for (Mention m : mentions) {
            if (m.from < token && m.actor != null && m.actor.type == ActorType.PERSON) {
                last = m.actor;
            }
        }
        return last;
    }

    private ExtractedClaim build(Draft d) {
        Clause c = d.clause();
        TaggedSentence s = c.sentence();
        Set<ActorMention> subjects = new LinkedHashSet<>();
        Set<PlaceMention> locations = new LinkedHashSet<>();
        ActorMention asserter = d.asserter() == null ? null : d.asserter().toMention();
        for (Mention m : d.mentions()) {
            if (m.from < c.from() || m.to > c.to()) {
                continue;
            }
            if (m.actor != null && m.actor.toMention() != asserter) {
                subjects.add(m.actor.toMention());
            }
            if (m.kind == Mention.Kind.PLACE) {
                locations.add(places.built(m.place));
            }
        }
        List<ExtractedQuantity> quantities = stages.quantities.find(s, c.from(), c.to());
        String time = stages.times.find(c.text());
        if (d.attribution() == null && subjects.isEmpty() && locations.isEmpty() && quantities.isEmpty()
                && time == null) {
            return null; // scene-setting: nobody, nowhere, nothing counted
        }
        boolean named = asserter != null && asserter.type() != ActorType.UNNAMED_SOURCE;
        CertaintyVerdict verdict = stages.certainty.assess(s, c.from(), c.to(), d.attribution(), named);
        String attribution = d.attribution() == null ? null : d.attribution().phrase();
        return new ExtractedClaim(c.text(), attribution, asserter, verdict.certainty(), verdict.hedges(), quantities,
                time,
                List.copyOf(subjects), List.copyOf(locations));
    }
}
