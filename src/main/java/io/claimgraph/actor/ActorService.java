package io.claimgraph.actor;

import io.claimgraph.error.BadUserInputException;
import io.claimgraph.error.ConflictException;
import io.claimgraph.error.InputValidator;
import io.claimgraph.model.Actor;
import io.claimgraph.model.ActorAlias;
import io.claimgraph.model.ClaimLinksChanged;
import io.claimgraph.model.ClaimLinksChanging;
import io.claimgraph.model.ClaimsChanged;
import io.claimgraph.store.Lookups;
import io.claimgraph.store.UniqueKeys;
import io.claimgraph.text.NameKey;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Editing actors by hand. The rule for deleting: an actor that claims still reference (as asserter or subject)
 * is refused with CONFLICT; detach it first (updateClaim) or fold it into another actor (mergeActors). Its
 * article links and aliases go with it.
 */
@ApplicationScoped
public class ActorService {

    private final InputValidator validator;
    private final ActorRegistry registry;
    private final Event<ClaimsChanged> claimsChanged;
    private final Event<ClaimLinksChanging> linksChanging;
    private final Event<ClaimLinksChanged> linksChanged;

    public ActorService(InputValidator validator, ActorRegistry registry, Event<ClaimsChanged> claimsChanged,
            Event<ClaimLinksChanging> linksChanging, Event<ClaimLinksChanged> linksChanged) {
        this.validator = validator;
        this.registry = registry;
        this.claimsChanged = claimsChanged;
        this.linksChanging = linksChanging;
        this.linksChanged = linksChanged;
    }

    @Transactional
    public Actor create(ActorInput input) {
        validator.check("input", input);
        refuseTakenName(input.name, null);
        Actor actor = new Actor();
        apply(actor, input);
        actor.persist();
        replaceAliases(actor, input.aliases);
        UniqueKeys.flushOrConflict("input.name", "An actor named '" + input.name.strip() + "' already exists");
        return actor;
    }

    @Transactional
    public Actor update(String id, ActorInput input) {
        Actor actor = require("id", id);
        validator.check("input", input);
        refuseTakenName(input.name, actor.id);
        registry.forgetKnownIds();
        apply(actor, input);
        if (input.aliases != null) {
            replaceAliases(actor, input.aliases);
        }
        UniqueKeys.flushOrConflict("input.name", "An actor named '" + input.name.strip() + "' already exists");
        return actor;
    }

    @Transactional
    public Actor addAlias(String id, String alias) {
        Actor actor = require("id", id);
        if (alias == null || alias.isBlank() || alias.length() > 500) {
            throw new BadUserInputException("alias", "alias must be 1 to 500 characters");
        }
        addAliasIfNew(actor, alias);
        return actor;
    }

    /**
     * Folds source into target: its name and aliases become target's aliases; its claims and article links move. The
     * claims it was a subject of now share a subject with the target's claims: their relations are computed again.
     */
    @Transactional
    public Actor merge(String sourceId, String targetId) {
        Actor source = require("sourceId", sourceId);
        Actor target = require("targetId", targetId);
        if (source.id.equals(target.id)) {
            throw new BadUserInputException("targetId", "An actor cannot be merged into itself");
        }
        List<String> names = ActorAlias.<ActorAlias>list("actorId", source.id).stream().map(a -> a.alias).toList();
        EntityManager em = Panache.getEntityManager();
        registry.forgetKnownIds();
        em.flush();
        long from = source.id;
        long to = target.id;
        List<Long> aboutSource = em
                .createQuery("select c.id from Claim c join c.subjects s where s.id = :from", Long.class)
                .setParameter("from", from).getResultList();
        @SuppressWarnings("unchecked")
        List<Long> ofSource = ((List<Number>) em.createNativeQuery("select id from claim where asserted_by_id = :from"
                + " union select claim_id from claim_subject where actor_id = :from").setParameter("from", from)
                .getResultList()).stream().map(Number::longValue).toList();
        linksChanging.fire(new ClaimLinksChanging(ofSource));
        execute(em, "update claim set asserted_by_id = :to where asserted_by_id = :from", from, to);
        moveLinks(em, "claim_subject", "claim_id", from, to);
        moveLinks(em, "article_actor", "article_id", from, to);
        execute(em, "delete from actor_alias where actor_id = :from", from, null);
        execute(em, "delete from actor where id = :from", from, null);
        em.clear();
        linksChanged.fire(new ClaimLinksChanged(ofSource));
        Actor merged = Actor.findById(to);
        addAliasIfNew(merged, source.name);
        names.forEach(name -> addAliasIfNew(merged, name));
        claimsChanged.fire(new ClaimsChanged(aboutSource));
        return merged;
    }

    @Transactional
    public boolean delete(String id) {
        Actor actor = require("id", id);
        long claims = (Long) Panache.getEntityManager().createQuery(
                "select count(c) from Claim c where c.assertedById = :id or exists (select 1 from c.subjects s where s.id = :id)")
                .setParameter("id", actor.id).getSingleResult();
        if (claims > 0) {
            throw new ConflictException("id", "Actor '" + actor.name + "' is still referenced by " + claims
                    + " claim(s): detach it with updateClaim or merge it with mergeActors first");
        }
        EntityManager em = Panache.getEntityManager();
        registry.forgetKnownIds();
        em.flush();
        execute(em, "delete from article_actor where actor_id = :from", actor.id, null);
        execute(em, "delete from actor_alias where actor_id = :from", actor.id, null);
        execute(em, "delete from actor where id = :from", actor.id, null);
        em.clear();
        return true;
    }

    public static Actor require(String field, String id) {
        return Lookups.require(Actor.class, field, "actor", id);
    }

    private static void refuseTakenName(String name, Long exceptId) {
        Actor taken = Actor.find("nameKey", NameKey.of(name)).firstResult();
        if (taken != null && !taken.id.equals(exceptId)) {
            throw new ConflictException("input.name", "An actor named '" + name.strip() + "' already exists");
        }
    }

    private static void apply(Actor actor, ActorInput input) {
        actor.name = input.name.strip();
        actor.type = input.type;
        actor.countryCode = input.countryCode == null ? null : input.countryCode.toUpperCase(Locale.ROOT);
    }

    private static void replaceAliases(Actor actor, List<String> aliases) {
        ActorAlias.delete("actor", actor);
        if (aliases != null) {
            aliases.forEach(alias -> addAliasIfNew(actor, alias));
        }
    }

    static void addAliasIfNew(Actor actor, String alias) {
        String key = NameKey.of(alias);
        if (key.equals(NameKey.of(actor.name)) || ActorAlias.count("actor = ?1 and aliasKey = ?2", actor, key) > 0) {
            return;
        }
        ActorAlias.of(actor, alias).persist();
    }

    /** Re-points a link table's rows from one actor to another, dropping those the target already has. */
    private static void moveLinks(EntityManager em, String table, String ownerColumn, long from, long to) {
        execute(em,
                "update " + table + " set actor_id = :to where actor_id = :from and " + ownerColumn + " not in (select "
                        + ownerColumn + " from " + table + " where actor_id = :to)",
                from, to);
        execute(em, "delete from " + table + " where actor_id = :from", from, null);
    }

    private static void execute(EntityManager em, String sql, long from, Long to) {
        var query = em.createNativeQuery(sql).setParameter("from", from);
        if (to != null) {
            query.setParameter("to", to);
        }
        query.executeUpdate();
    }
}
