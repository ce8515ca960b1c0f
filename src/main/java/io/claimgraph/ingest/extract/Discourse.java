package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who "it", "he", "she", "they" and "the spokesman" can refer to at a point of the article, read in order. */
final class Discourse {
    ArticleActors.Entry lastPerson;
    ArticleActors.Entry lastOrganisation;
    private ArticleActors.Entry organisationThatSpoke;
    private ArticleActors.Entry organisationNamed;
    private final Map<String, ArticleActors.Entry> titles = new HashMap<>();
    private ArticleActors.Entry lastSpeakerFor;
    /** The last group of people named who could speak ("analysts"), for a "they" with no other antecedent. */
    String lastPluralSource;
    private static final Set<String> PEOPLE_GROUPS = Set.of(
            "analysts", "economists", "officials", "sources", "experts", "traders", "dealers", "bankers", "diplomats",
            "observers", "executives", "lawmakers", "aides", "brokers", "delegates", "negotiators", "industry");

    ArticleActors.Entry lastAsserter;
    /** The last unnamed single person who spoke ("a U.S. diplomat") and the noun that named them, for "he". */
    ArticleActors.Entry lastUnnamedPerson;
    String lastUnnamedPersonHead;
    /** The head word the last asserter was named by ("spokesman", "analysts", "Locke"), lower case. */
    String lastAsserterHead;

    void spoke(ArticleActors.Entry asserter, String head) {
        if (isOrganisation(asserter)) {
            organisationThatSpoke = asserter;
            if (isTitle(head)) {
                title(head, asserter); // "officials of the organisation said ... the officials said"
            }
        }
        if (asserter.type == ActorType.UNNAMED_SOURCE && Lexicon.PERSON_NOUNS.contains(head)) {
            lastUnnamedPerson = asserter;
            lastUnnamedPersonHead = head;
        }
        if (!head.equals("he") && !head.equals("she") && !head.equals("it") && !head.equals("they")) {
            lastAsserter = asserter;
            lastAsserterHead = head;
        }
    }

    void seen(TaggedSentence s, List<Mention> mentions) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (w.endsWith("s") && Lexicon.UNNAMED_SOURCE_HEADS.contains(w) && PEOPLE_GROUPS.contains(w)) {
                lastPluralSource = w;
            }
        }
        for (Mention m : mentions) {
            if (m.actor != null && isOrganisation(m.actor)) {
                organisationNamed = m.actor;
                // "a Defense Ministry official", "a spokesman for Allegis": who "the official" speaks for later
                if (isTitle(s.lower(m.to))) {
                    title(s.lower(m.to), m.actor);
                }
                String before = s.lower(m.from - 1);
                if ((before.equals("for") || before.equals("of") || before.equals("at"))
                        && isTitle(s.lower(m.from - 2))) {
                    title(s.lower(m.from - 2), m.actor);
                }
            }
        }
    }

    private void title(String word, ArticleActors.Entry organisation) {
        titles.put(word, organisation);
        if (SPEAKERS.contains(word)) {
            lastSpeakerFor = organisation;
        }
    }

    private static boolean isTitle(String word) {
        return Lexicon.TITLE_WORDS.contains(word) || Lexicon.UNNAMED_SOURCE_HEADS.contains(word);
    }

    /** The organisation a title was last given with ("spokesman" after "a Monier spokesman"), or null. */
    ArticleActors.Entry organisationOfTitle(String title) {
        ArticleActors.Entry e = titles.get(title);
        return e == null && SPEAKERS.contains(title) ? lastSpeakerFor : e;
    }

    /** Words for whoever speaks for an organisation: "a ministry spokesman said ... the official said". */
    private static final Set<String> SPEAKERS = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "executive");

    /**
     * What "it said" refers to: the organisation the article is about; with none named, the one thing that spoke last
     * ("the U.S. Embassy report said ... It said"), when that was not a person and not a group.
     */
    ArticleActors.Entry it() {
        if (lastOrganisation == null && lastAsserter != null && lastAsserter.type != ActorType.PERSON
                && lastAsserterHead != null && !(lastAsserterHead.endsWith("s") && !lastAsserterHead.endsWith("ss"))) {
            return lastAsserter;
        }
        return lastOrganisation;
    }

    ArticleActors.Entry organisationThatSpoke() {
        return organisationThatSpoke;
    }

    /** The organisation that spoke last, else the one named last, before the token. */
    ArticleActors.Entry organisationBefore(List<Mention> mentions, int token) {
        if (organisationThatSpoke != null) {
            return organisationThatSpoke;
        }
        ArticleActors.Entry named = organisationNamed;
        for (Mention m : mentions) {
            if (m.from < token && m.actor != null && isOrganisation(m.actor)) {
                named = m.actor;
            }
        }
        return named;
    }

    static boolean isOrganisation(ArticleActors.Entry e) {
        return e.type == ActorType.COMPANY || e.type == ActorType.ORGANIZATION || e.type == ActorType.GOVERNMENT
                || e.type == ActorType.MEDIA_OUTLET || e.type == ActorType.INTELLIGENCE_AGENCY;
    }
}
