package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import io.claimgraph.model.LocationType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 7b: the actor behind an attribution, once {@link ActorRegistration} has made the article's actors. The
 * mention covering the source's head word; "he"/"she" the last person named before; "it", "the company", "the
 * spokesman" the organisation the discourse points at; everything else ("experts", "prior estimates", "South Korean
 * military sources", "recent intelligence") is an UNNAMED_SOURCE under its own words, never merged into a named actor.
 */
public final class ActorResolver {

    /** Who speaks for an organisation rather than for themselves ("an LDP candidate" speaks for himself). */
    static final Set<String> SPEAKER_HEADS = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "official", "officials", "executive", "executives", "sources",
            "source", "management");

    /** The actor behind an attribution. */
    ArticleActors.Entry asserter(TaggedSentence s, List<Mention> mentions, Attribution a, ArticleActors actors,
            Discourse discourse) {
        ArticleActors.Entry lastPerson = discourse.lastPerson;
        Mention covering = null;
        for (Mention m : mentions) {
            if (m.actor != null && m.covers(a.head()) && m.kind != Mention.Kind.DEMONYM) {
                covering = m;
            }
        }
        if (covering == null || covering.from > a.sourceFrom()) {
            ArticleActors.Entry leading = OrganisationShortForms.leadingWords(s, a, actors);
            if (leading != null) {
                return leading; // "Virginia Federal said": a place and a word, the start of a name seen before
            }
        }
        ArticleActors.Entry speaker = NamedSpeaker.within(s, mentions, a, actors, covering);
        if (speaker != null) {
            return speaker;
        }
        if (covering == null) {
            covering = NamedSpeaker.personBeforeVerb(mentions, a);
        }
        if (covering == null && a.form() == Attribution.Form.ACCORDING_TO) {
            // "according to the plant's operator, the Arizona Nuclear Power Project": the name in apposition
            if (a.sourceTo() < s.size() && s.token(a.sourceTo()).equals(",")) {
                int after = s.lower(a.sourceTo() + 1).equals("the") ? a.sourceTo() + 2 : a.sourceTo() + 1;
                for (Mention m : mentions) {
                    if (m.actor != null && m.from == after && Discourse.isOrganisation(m.actor)) {
                        return m.actor;
                    }
                }
            }
        }
        if (a.head() + 1 < s.size() && s.token(a.head() + 1).equals("'s") && s.isCapitalised(a.head())) {
            // "Moody's said" after "Moody's Investors Service Inc": a short name that ends in a possessive
            var named = actors.organisationStartingWith(s.span(a.head(), a.head() + 2));
            if (named.isPresent()) {
                return named.get();
            }
        }
        if (covering == null && s.lower(a.head()).equals("edition")) {
            for (Mention m : mentions) {
                if (m.actor != null && m.from >= a.sourceFrom() && m.to <= a.head()
                        && Discourse.isOrganisation(m.actor)) {
                    return m.actor; // "the People's Daily overseas edition said": the paper
                }
            }
        }
        ArticleActors.Entry shortForm = covering == null ? OrganisationShortForms.named(s, a, actors) : null;
        if (shortForm != null) {
            return shortForm; // "S and P said", "the Fed said"
        }
        if (covering != null) {
            if (a.form() == Attribution.Form.ACCORDING_TO) {
                covering.actor.aliases.add(a.phrase()); // "Ukrainian special forces in the region"
            }
            return covering.actor;
        }
        String head = s.lower(a.head());
        if (head.equals("he") || head.equals("she")) {
            if (lastPerson == null && discourse.lastAsserterHead != null
                    && Lexicon.TITLE_WORDS.contains(discourse.lastAsserterHead)) {
                return discourse.lastAsserter; // "a spokesman for X said ... he said"
            }
            if (lastPerson == null && NamedSpeaker.bareSpeakingName(discourse.lastAsserter)) {
                return discourse.lastAsserter; // "Volcker said ... he said": the surname that spoke was a person
            }
            if (lastPerson == null && discourse.lastAsserter != null
                    && discourse.lastAsserter.type == ActorType.UNNAMED_SOURCE && discourse.lastAsserterHead != null
                    && !discourse.lastAsserterHead.endsWith("s")) {
                return discourse.lastAsserter; // "A U.S. diplomat said ... He said": one unnamed person
            }
            if (lastPerson == null && discourse.lastUnnamedPerson != null) {
                return discourse.lastUnnamedPerson; // "A diplomat said ... the U.S. said ... he said"
            }
            return lastPerson;
        }
        if (head.equals("they") && (discourse.lastAsserter == null || discourse.lastAsserter.type == ActorType.PERSON)
                && discourse.lastPluralSource != null) {
            // "Analysts ranging from ... agreed ... But they said": the group last named as a source
            return actors.add(discourse.lastPluralSource, ActorType.UNNAMED_SOURCE, null, null);
        }
        if (head.equals("they") && discourse.lastAsserter != null
                && (discourse.lastAsserter.type == ActorType.UNNAMED_SOURCE
                        || Lexicon.UNNAMED_SOURCE_HEADS.contains(discourse.lastAsserterHead)
                        || SourceNouns.PLURAL_COMPANY_REFERENCES.contains(discourse.lastAsserterHead))) {
            return discourse.lastAsserter; // "analysts said ... They said", "the companies said ... they said"
        }
        if (SourceNouns.PLURAL_COMPANY_REFERENCES.contains(head) && noNameIn(mentions, a)) {
            var first = actors.firstOrganisation();
            if (first.isPresent()) {
                return first.get();
            }
        }
        String determiner = s.lower(a.sourceFrom());
        boolean ownPaper = a.phrase().toLowerCase(java.util.Locale.ROOT)
                .matches("(the |a )?(annual|joint|company|proxy) .*");
        if (SourceNouns.DOCUMENT_WORDS.contains(head) && noNameIn(mentions, a) && ownPaper) {
            // "according to the annual report", "a joint statement said": the organisation(s) the article is about
            ArticleActors.Entry owner = a.phrase().toLowerCase(java.util.Locale.ROOT).contains("joint")
                    ? actors.firstOrganisation().orElse(null)
                    : organisationBefore(mentions, a.sourceFrom(), discourse, actors);
            if (owner != null) {
                return owner;
            }
        }
        if (SourceNouns.DOCUMENT_WORDS.contains(head) && noNameIn(mentions, a)) {
            // "its annual report": the organisation's own paper; "the report said" after the company spoke: the same
            ArticleActors.Entry owner = determiner.equals("its") ? discourse.lastOrganisation
                    : determiner.equals("the") ? discourse.organisationThatSpoke() : null;
            if (owner != null) {
                return owner;
            }
        }
        if (NamedSpeaker.formalTitleAlone(s, a) && noNameIn(mentions, a) && lastPerson != null) {
            return lastPerson; // "Treasury Secretary James Baker said ... The Treasury Secretary said"
        }
        boolean definite = s.lower(a.sourceFrom()).equals("the") && a.sourceTo() - a.sourceFrom() == 2;
        ArticleActors.Entry titledBy = discourse.organisationOfTitle(head);
        if (definite && titledBy != null && !head.equals(discourse.lastAsserterHead)) {
            return titledBy; // "quoting a Defense Ministry official ... the official said"
        }
        if (definite && head.equals(discourse.lastAsserterHead) && discourse.lastAsserter != null) {
            return discourse.lastAsserter; // "a spokesman for X said ... the spokesman said"
        }
        if (definite && head.equals(discourse.lastUnnamedPersonHead)) {
            return discourse.lastUnnamedPerson; // "A U.S. diplomat said ... the U.S. said ... the diplomat said"
        }
        if (definite && Lexicon.TITLE_WORDS.contains(head) && !SPEAKER_HEADS.contains(head) && lastPerson != null
                && discourse.organisationOfTitle(head) == null) {
            return lastPerson; // "Minister for Trade Negotiations Michael Duffy said ... The minister said"
        }
        if (head.equals("it")) {
            return discourse.it(); // "it said": the organisation the article is about
        }
        if (Lexicon.TITLE_WORDS.contains(head) || SourceNouns.GOVERNING_BODIES.contains(head)
                || Lexicon.UNNAMED_SOURCE_HEADS.contains(head) && !SourceNouns.DATA_WORDS.contains(head)) {
            // "a spokesman for the ministry", "a ministry spokesman": the organisation speaks through its people
            for (Mention m : mentions) {
                if (m.actor != null && m.from >= a.sourceFrom() && m.to <= a.sourceTo()
                        && m.kind == Mention.Kind.ORGANISATION) {
                    return m.actor;
                }
            }
            for (int i = a.sourceFrom(); i < a.sourceTo(); i++) {
                boolean generic = SourceNouns.COMPANY_REFERENCES.contains(s.lower(i))
                        || s.lower(i).startsWith("organi");
                ArticleActors.Entry before = organisationBefore(mentions, a.sourceFrom(), discourse, actors);
                if (generic && !s.isCapitalised(i) && before != null) {
                    return before; // "a company spokesman", "officials of the organisation"
                }
                if (SourceNouns.ORGANISATION_REFERENCES.contains(s.lower(i)) && !s.isCapitalised(i)
                        && !SourceNouns.MARKET_PEOPLE.contains(head)) {
                    var named = actors.latestOrganisationNamed(s.lower(i));
                    if (named.isPresent()) {
                        return named.get();
                    }
                }
            }
        }
        if (SPEAKER_HEADS.contains(head)) {
            // "Greyhound officials told", "the J.P. Morgan spokesman": the organisation by its short name
            for (int i = a.sourceFrom(); i < a.head(); i++) {
                if (s.isCapitalised(i) && !"DET".equals(s.tag(i))) {
                    var organisation = actors.organisationStartingWith(s.span(i, a.head()));
                    if (organisation.isEmpty() && i + 1 == a.head()) {
                        // "The Commission spokesman" after "EC Commission", "Union officials" after "... Employees"
                        organisation = SourceNouns.organisationKnownAs(s.lower(i), actors);
                    }
                    if (organisation.isPresent()) {
                        return organisation.get();
                    }
                }
            }
        }
        if (SourceNouns.DATA_WORDS.contains(head)
                && (a.form() == Attribution.Form.ACCORDING_TO || a.form() == Attribution.Form.SUBJECT_VERB)) {
            // "according to data from the central bank": the publisher of the data is the source
            ArticleActors.Entry publisher = SourceNouns.publisherAfterFrom(s, mentions, a, actors);
            if (publisher != null) {
                return publisher;
            }
        }
        Mention bareName = bareNameBefore(mentions, a.head());
        if (bareName != null && SourceNouns.ORGANISATION_REFERENCES.contains(head)) {
            // "the Teamsters union said": the name in front of the noun is the organisation's
            bareName.actor = actors.add(bareName.seenAs, ActorType.ORGANIZATION, bareName.countryCode, null);
            return bareName.actor;
        }
        if (bareName != null && SPEAKER_HEADS.contains(head) && s.isCapitalised(bareName.from)) {
            // "the Reebok spokesman said": only an organisation has spokesmen and officials
            bareName.actor = actors.latestOrganisationNamed(bareName.seenAs)
                    .orElseGet(() -> actors.add(bareName.seenAs, ActorType.ORGANIZATION, bareName.countryCode, null));
            return bareName.actor;
        }
        if (SourceNouns.GOVERNMENT_WORDS.contains(head)) {
            // "Greenland's government", "the Polish government": the state speaks
            for (Mention m : mentions) {
                boolean state = m.kind == Mention.Kind.DEMONYM || m.kind == Mention.Kind.METONYM
                        || m.kind == Mention.Kind.PLACE && isCountry(m.place);
                if (state && m.actor != null && m.from >= a.sourceFrom() && m.to <= a.sourceTo()) {
                    return m.actor;
                }
            }
        }
        if (SourceNouns.ORGANISATION_REFERENCES.contains(head) && s.lower(a.sourceFrom()).equals("the")) {
            if (SourceNouns.COMPANY_REFERENCES.contains(head) && discourse.lastOrganisation != null) {
                discourse.lastOrganisation.aliases.add(s.span(a.sourceFrom(), a.sourceTo()));
                return discourse.lastOrganisation;
            }
            var named = SourceNouns.organisationKnownAs(head, actors);
            if (named.isEmpty() && SourceNouns.PUBLIC_BODIES.contains(head) && a.sourceTo() - a.sourceFrom() > 2
                    && !s.isCapitalised(a.sourceFrom() + 1)) {
                // "the finance department said" and no department named: an unnamed body, by its own words
                return actors.add(SourceNouns.unnamedName(s, a.sourceFrom(), a.sourceTo()), ActorType.UNNAMED_SOURCE,
                        null, null);
            }
            if (named.isEmpty() && discourse.organisationThatSpoke() != null) {
                // "Standard and Poor's Corp said ... the agency said": the organisation already speaking
                named = Optional.of(discourse.organisationThatSpoke());
            }
            if (named.isEmpty()) {
                named = actors.firstOrganisation();
            }
            if (named.isPresent()) {
                named.get().aliases.add(s.span(a.sourceFrom(), a.sourceTo()));
                return named.get();
            }
        }
        String name = SourceNouns.unnamedName(s, a.sourceFrom(), Math.min(a.sourceTo(), a.head() + 1));
        String country = null;
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.DEMONYM && m.from >= a.sourceFrom() && m.to <= a.sourceTo()) {
                country = m.countryCode;
            }
        }
        return actors.add(name, ActorType.UNNAMED_SOURCE, country, null);
    }

    /** The organisation named last before the token in this sentence, else the discourse's, else the first one. */
    private static ArticleActors.Entry organisationBefore(List<Mention> mentions, int token,
            Discourse discourse, ArticleActors actors) {
        ArticleActors.Entry found = null;
        for (Mention m : mentions) {
            if (m.to <= token && m.actor != null && Discourse.isOrganisation(m.actor)) {
                found = m.actor;
            }
        }
        if (found == null) {
            found = discourse.lastOrganisation;
        }
        return found != null ? found : actors.firstOrganisation().orElse(null);
    }

    private static boolean noNameIn(List<Mention> mentions, Attribution a) {
        for (Mention m : mentions) {
            if (m.actor != null && m.from >= a.sourceFrom() && m.to <= a.sourceTo()
                    && m.kind != Mention.Kind.SINGLE_NAME) {
                return false;
            }
        }
        return true;
    }

    private static Mention bareNameBefore(List<Mention> mentions, int head) {
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.SINGLE_NAME && m.actor == null && m.to == head) {
                return m;
            }
        }
        return null;
    }

    static boolean isCountry(PlaceMention p) {
        return p != null && p.type() == LocationType.COUNTRY;
    }
}
