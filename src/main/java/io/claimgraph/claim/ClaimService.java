package io.claimgraph.claim;

import io.claimgraph.error.InputValidator;
import io.claimgraph.error.NotFoundException;
import io.claimgraph.model.Actor;
import io.claimgraph.model.Article;
import io.claimgraph.model.Certainty;
import io.claimgraph.model.Claim;
import io.claimgraph.model.ClaimLinksChanged;
import io.claimgraph.model.ClaimLinksChanging;
import io.claimgraph.model.ClaimsAdded;
import io.claimgraph.model.ClaimsChanged;
import io.claimgraph.model.ClaimsRemoving;
import io.claimgraph.model.Location;
import io.claimgraph.store.Lookups;
import io.claimgraph.time.TimeResolver;
import io.claimgraph.time.UtcDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Claims recorded or corrected by hand. A claim's actors and locations are also linked to its article; its time
 * expression is resolved to dates from the article's publication date. Each change is announced inside the
 * transaction ({@link ClaimsChanged}, {@link ClaimsRemoving}, {@link ClaimsAdded}): relation recomputes the claims'
 * relations and statuses there, live tells subscribers after the commit.
 */
@ApplicationScoped
public class ClaimService {

    private final InputValidator validator;
    private final Event<ClaimsChanged> changed;
    private final Event<ClaimsRemoving> removing;
    private final Event<ClaimsAdded> added;
    private final Event<ClaimLinksChanging> linksChanging;
    private final Event<ClaimLinksChanged> linksChanged;

    public ClaimService(InputValidator validator, Event<ClaimsChanged> changed, Event<ClaimsRemoving> removing,
            Event<ClaimsAdded> added, Event<ClaimLinksChanging> linksChanging, Event<ClaimLinksChanged> linksChanged) {
        this.validator = validator;
        this.changed = changed;
        this.removing = removing;
        this.added = added;
        this.linksChanging = linksChanging;
        this.linksChanged = linksChanged;
    }

    @Transactional
    public Claim create(ClaimInput input) {
        validator.check("input", input);
        Article article = Lookups.require(Article.class, "input.articleId", "article", input.articleId);
        Claim claim = new Claim();
        claim.article = article;
        // the read-only id columns are not filled by persist; the Claim resolvers read them
        claim.articleId = article.id;
        claim.text = input.text.strip();
        claim.position = nextPosition(article);
        claim.sortAt = article.sortAt;
        claim.certainty = input.certainty == null ? Certainty.ASSERTED : input.certainty;
        claim.attribution = blankToNull(input.attribution);
        claim.assertedBy = input.assertedById == null ? null
                : Lookups.require(Actor.class, "input.assertedById", "actor", input.assertedById);
        claim.assertedById = claim.assertedBy == null ? null : claim.assertedBy.id;
        claim.subjects = requireAll(Actor.class, "input.subjectIds", "actor", input.subjectIds);
        claim.locations = requireAll(Location.class, "input.locationIds", "location", input.locationIds);
        setTime(claim, article, input.timeText);
        claim.persist();
        linkToArticle(claim, article);
        added.fire(new ClaimsAdded(article.id, false, List.of(claim.id)));
        return related(claim);
    }

    @Transactional
    public Claim update(long id, ClaimUpdateInput input) {
        validator.check("input", input);
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw new NotFoundException("id", "claim", id);
        }
        boolean relinks = Boolean.TRUE.equals(input.clearAssertedBy) || input.assertedById != null
                || input.subjectIds != null || input.locationIds != null;
        if (relinks) {
            linksChanging.fire(new ClaimLinksChanging(List.of(claim.id)));
        }
        if (Boolean.TRUE.equals(input.clearAssertedBy)) {
            claim.assertedBy = null;
            claim.assertedById = null;
        } else if (input.assertedById != null) {
            claim.assertedBy = Lookups.require(Actor.class, "input.assertedById", "actor", input.assertedById);
            claim.assertedById = claim.assertedBy.id;
        }
        if (input.attribution != null) {
            claim.attribution = blankToNull(input.attribution);
        }
        if (input.certainty != null) {
            claim.certainty = input.certainty;
        }
        if (input.subjectIds != null) {
            claim.subjects = requireAll(Actor.class, "input.subjectIds", "actor", input.subjectIds);
        }
        if (input.locationIds != null) {
            claim.locations = requireAll(Location.class, "input.locationIds", "location", input.locationIds);
        }
        if (input.timeText != null) {
            setTime(claim, claim.article, input.timeText);
        }
        linkToArticle(claim, claim.article);
        if (relinks) {
            Claim.getEntityManager().flush();
            linksChanged.fire(new ClaimLinksChanged(List.of(claim.id)));
        }
        return related(claim);
    }

    /** Deletes the claim; the claims its relations linked to get their status refreshed (relation observes). */
    @Transactional
    public boolean delete(long id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw new NotFoundException("id", "claim", id);
        }
        removing.fire(new ClaimsRemoving(List.of(claim.id)));
        claim.delete();
        return true;
    }

    private Claim related(Claim claim) {
        Claim.getEntityManager().flush();
        changed.fire(new ClaimsChanged(List.of(claim.id)));
        // the observers may have set its status in SQL
        Claim.getEntityManager().refresh(claim);
        return claim;
    }

    private static void setTime(Claim claim, Article article, String timeText) {
        claim.timeText = blankToNull(timeText);
        claim.applyTime(TimeResolver.resolve(claim.timeText, UtcDay.of(article.publishedAt)).orElse(null));
    }

    private static void linkToArticle(Claim claim, Article article) {
        if (claim.assertedBy != null) {
            article.actors.add(claim.assertedBy);
        }
        article.actors.addAll(claim.subjects);
        article.locations.addAll(claim.locations);
    }

    private static int nextPosition(Article article) {
        Integer max = Claim.getEntityManager()
                .createQuery("select max(c.position) from Claim c where c.article = :article", Integer.class)
                .setParameter("article", article).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    private static <T> Set<T> requireAll(Class<T> type, String field, String what, List<String> ids) {
        Set<T> rows = new LinkedHashSet<>();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                rows.add(Lookups.require(type, field + "[" + i + "]", what, ids.get(i)));
            }
        }
        return rows;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
