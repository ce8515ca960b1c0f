package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;

/**
 * Something the mention scanner found in a sentence, tokens {@code [from, to)}: a place, a demonym, a person,
 * an organisation, an armed force, an intelligence agency, a capital standing for its state, or a single
 * capitalised word to resolve later against the article's people and states.
 */
final class Mention {

    enum Kind {
        PLACE, DEMONYM, PERSON, ORGANISATION, ARMED_FORCE, INTELLIGENCE_AGENCY, METONYM, SINGLE_NAME
    }

    final int from;
    final int to;
    /** May change once the article is read: "Porto" turns out to be the club FC Porto. */
    Kind kind;
    /** The name the actor or place should be stored under, when the scanner knows it. */
    final String name;
    final ActorType actorType;
    final String countryCode;
    /** For PLACE, DEMONYM and METONYM: the place as the directory knows it (the country for DEMONYM). */
    PlaceMention place;
    /** The words as written. */
    final String seenAs;
    /** Filled when the article's actors are known. */
    ArticleActors.Entry actor;

    Mention(int from, int to, Kind kind, String name, ActorType actorType, String countryCode, PlaceMention place,
            String seenAs) {
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.name = name;
        this.actorType = actorType;
        this.countryCode = countryCode;
        this.place = place;
        this.seenAs = seenAs;
    }

    boolean covers(int token) {
        return token >= from && token < to;
    }

    @Override
    public String toString() {
        return kind + "[" + from + "," + to + ") " + name + " (" + seenAs + ")";
    }
}
