package io.claimgraph.ingest.extract;

import java.util.List;

/**
 * What extraction found in one article, before anything is linked to stored rows.
 *
 * @param claims    claims in article order, each sentence or clause once
 * @param actors    every actor mentioned in the article (also those that appear in no claim)
 * @param locations every location mentioned in the article
 */
public record ExtractedArticle(List<ExtractedClaim> claims, List<ActorMention> actors, List<PlaceMention> locations) {
}
