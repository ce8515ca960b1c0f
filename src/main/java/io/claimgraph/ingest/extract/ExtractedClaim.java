package io.claimgraph.ingest.extract;

import io.claimgraph.model.Certainty;
import java.util.List;

/**
 * One claim as extraction found it.
 *
 * @param text        the sentence or clause as written
 * @param attribution the attribution phrase as written ("South Korean military sources"), null for the article's own voice
 * @param assertedBy  the actor behind the attribution, null for the article's own voice
 * @param certainty   how firmly the claim is put
 * @param hedges      the cue words that set the certainty, as written, lower case
 * @param quantities  numbers the claim carries
 * @param timeText    a time expression as written ("late 2022"), or null
 * @param subjects    actors the claim is about
 * @param locations   places the claim names
 */
public record ExtractedClaim(
        String text,
        String attribution,
        ActorMention assertedBy,
        Certainty certainty,
        List<String> hedges,
        List<ExtractedQuantity> quantities,
        String timeText,
        List<ActorMention> subjects,
        List<PlaceMention> locations) {
}
