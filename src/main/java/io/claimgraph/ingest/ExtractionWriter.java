package io.claimgraph.ingest;

import io.claimgraph.actor.Actor;
import io.claimgraph.actor.ActorRegistry;
import io.claimgraph.article.Article;
import io.claimgraph.claim.Claim;
import io.claimgraph.claim.Quantity;
import io.claimgraph.location.Location;
import io.claimgraph.location.LocationRegistry;
import io.claimgraph.text.NameKey;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingest stage: links what extraction found to stored actors and locations (creating the missing ones) and
 * writes the article's claims. Mentions are linked once per article, however often they recur.
 */
@ApplicationScoped
public class ExtractionWriter {

    private final ActorRegistry actors;
    private final LocationRegistry locations;

    public ExtractionWriter(ActorRegistry actors, LocationRegistry locations) {
        this.actors = actors;
        this.locations = locations;
    }

    public void write(Article article, ExtractedArticle extracted) {
        EntityManager em = Panache.getEntityManager();
        Map<String, Long> actorIds = new HashMap<>();
        Map<PlaceMention, Long> placeIds = new HashMap<>();

        for (ActorMention mention : extracted.actors()) {
            article.actors.add(em.getReference(Actor.class, actorId(mention, actorIds)));
        }
        for (PlaceMention mention : extracted.locations()) {
            article.locations.add(em.getReference(Location.class, placeId(mention, placeIds)));
        }
        int position = 0;
        for (ExtractedClaim found : extracted.claims()) {
            Claim claim = new Claim();
            claim.article = article;
            claim.position = position++;
            claim.sortAt = article.sortAt;
            claim.text = found.text();
            claim.attribution = found.attribution();
            claim.certainty = found.certainty();
            claim.hedges.addAll(found.hedges());
            claim.timeText = found.timeText();
            if (found.assertedBy() != null) {
                claim.assertedBy = em.getReference(Actor.class, actorId(found.assertedBy(), actorIds));
                article.actors.add(claim.assertedBy);
            }
            for (ActorMention subject : found.subjects()) {
                Actor actor = em.getReference(Actor.class, actorId(subject, actorIds));
                claim.subjects.add(actor);
                article.actors.add(actor);
            }
            for (PlaceMention place : found.locations()) {
                Location location = em.getReference(Location.class, placeId(place, placeIds));
                claim.locations.add(location);
                article.locations.add(location);
            }
            for (ExtractedQuantity q : found.quantities()) {
                claim.addQuantity(quantity(q));
            }
            claim.persist();
        }
    }

    /** Drops the remembered mention ids, after a write failed on a row that no longer exists. */
    public void forgetKnownIds() {
        actors.forgetKnownIds();
        locations.forgetKnownIds();
    }

    private long actorId(ActorMention mention, Map<String, Long> known) {
        return known.computeIfAbsent(NameKey.of(mention.name()),
                key -> actors.idFor(mention.name(), mention.type(), mention.countryCode(), mention.aliases()));
    }

    private long placeId(PlaceMention mention, Map<PlaceMention, Long> known) {
        Long id = known.get(mention);
        if (id == null) {
            Long parentId = mention.parent() == null ? null : placeId(mention.parent(), known);
            id = locations.idFor(mention.name(), mention.type(), mention.countryCode(), mention.latitude(), mention.longitude(),
                    parentId, mention.aliases());
            known.put(mention, id);
        }
        return id;
    }

    private static Quantity quantity(ExtractedQuantity found) {
        Quantity quantity = new Quantity();
        quantity.value = found.value();
        quantity.upper = found.upper();
        quantity.bound = found.bound();
        quantity.unit = found.unit();
        quantity.measure = found.measure();
        quantity.text = found.text();
        return quantity;
    }
}
