package io.claimgraph.model;

public enum ActorType {
    PERSON, STATE, GOVERNMENT, ARMED_FORCE, INTELLIGENCE_AGENCY, ORGANIZATION, COMPANY, MEDIA_OUTLET,
    /** "experts", "South Korean military sources": kept apart from any named actor. */
    UNNAMED_SOURCE, OTHER
}
