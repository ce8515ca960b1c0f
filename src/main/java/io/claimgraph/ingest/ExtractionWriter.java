package io.claimgraph.ingest;

import io.claimgraph.actor.ActorRegistry;
import io.claimgraph.ingest.extract.ActorMention;
import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.ExtractedClaim;
import io.claimgraph.ingest.extract.ExtractedQuantity;
import io.claimgraph.ingest.extract.PlaceMention;
import io.claimgraph.location.LocationRegistry;
import io.claimgraph.model.Actor;
import io.claimgraph.model.Article;
import io.claimgraph.model.Certainty;
import io.claimgraph.model.Claim;
import io.claimgraph.model.Location;
import io.claimgraph.model.Quantity;
import io.claimgraph.relation.ClaimFacts;
import io.claimgraph.relation.Wording;
import io.claimgraph.text.NameKey;
import io.claimgraph.time.TimeInterval;
import io.claimgraph.time.TimeResolver;
import io.claimgraph.time.UtcDay;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ingest stage: links what extraction found to stored actors and locations (creating the missing ones) and
 * writes the article's claims, with the dates their time expressions stand for (read from the article's publication
 * day). Mentions are linked once per article, however often they recur. What relation detection needs of the new
 * claims is known here already, so it is handed on rather than read back.
 */
@ApplicationScoped
public class ExtractionWriter {

    private final ActorRegistry actors;
    private final LocationRegistry locations;

    public ExtractionWriter(ActorRegistry actors, LocationRegistry locations) {
        this.actors = actors;
        this.locations = locations;
    }

    /**
     * What an article's claims came to: the ids of all of them (in article order), and what relation detection needs
     * of those that can be compared at all.
     */
    public record WrittenClaims(List<Long> ids, List<ClaimFacts> comparable) {
    }

    /** Writes the claims. */
    public WrittenClaims write(Article article, ExtractedArticle extracted) {
        EntityManager em = Panache.getEntityManager();
        LocalDate anchor = UtcDay.of(article.publishedAt);
        LocalDate reportedOn = UtcDay.of(article.sortAt);
        List<ClaimFacts> facts = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
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
            TimeInterval time = TimeResolver.resolve(found.timeText(), anchor).orElse(null);
            claim.applyTime(time);
            Set<Long> subjects = new LinkedHashSet<>();
            Set<Long> places = new LinkedHashSet<>();
            Set<Long> scopes = new LinkedHashSet<>();
            if (found.assertedBy() != null) {
                claim.assertedBy = em.getReference(Actor.class, actorId(found.assertedBy(), actorIds));
                article.actors.add(claim.assertedBy);
            }
            for (ActorMention subject : found.subjects()) {
                long id = actorId(subject, actorIds);
                subjects.add(id);
                Actor actor = em.getReference(Actor.class, id);
                claim.subjects.add(actor);
                article.actors.add(actor);
            }
            for (PlaceMention place : found.locations()) {
                long id = placeId(place, placeIds);
                places.add(id);
                for (PlaceMention scope = place; scope != null; scope = scope.parent()) {
                    scopes.add(placeId(scope, placeIds));
                }
                Location location = em.getReference(Location.class, id);
                claim.locations.add(location);
                article.locations.add(location);
            }
            for (ExtractedQuantity q : found.quantities()) {
                claim.addQuantity(quantity(q));
            }
            claim.persist();
            ids.add(claim.id);
            List<ClaimFacts.Figure> figures = figures(found);
            if (!subjects.isEmpty() && (time != null || !figures.isEmpty())) {
                facts.add(new ClaimFacts(claim.id, article.id, claim.certainty, reportedOn, time, claim.timeText,
                        Set.copyOf(subjects),
                        Set.copyOf(places), Set.copyOf(scopes), figures,
                        Wording.stems(claim.text, claim.timeText, claim.attribution)));
            }
        }
        return new WrittenClaims(ids, facts);
    }

    private static List<ClaimFacts.Figure> figures(ExtractedClaim found) {
        List<ClaimFacts.Figure> figures = new ArrayList<>();
        boolean estimated = found.certainty() == Certainty.ESTIMATED;
        for (ExtractedQuantity q : found.quantities()) {
            if (q.measure() != null && q.unit() != null) {
                figures.add(ClaimFacts.Figure.of(q.measure(), q.unit(), q.value(), q.upper(), q.bound(), q.text(),
                        estimated));
            }
        }
        return List.copyOf(figures);
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
            id = locations.idFor(mention.name(), mention.type(), mention.countryCode(), mention.latitude(),
                    mention.longitude(),
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
        quantity.matchKey = ClaimFacts.Figure.matchKey(found.measure(), found.unit());
        return quantity;
    }
}
