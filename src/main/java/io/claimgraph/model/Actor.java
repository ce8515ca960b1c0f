package io.claimgraph.model;

import io.claimgraph.text.NameKey;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** Someone or something that acts or asserts: a state, an armed force, an agency, a person, an unnamed source. */
@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;

    @NonNull
    public String name;

    @Ignore
    @Column(name = "name_key")
    public String nameKey;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ActorType type;

    @Column(name = "country_code")
    @Description("ISO 3166-1 alpha-2 of the state the actor belongs to, when known.")
    public String countryCode;

    /** Kept by store.ClaimTallies as claims come and go, never written by Hibernate (migration V9). */
    @Column(name = "claim_count", insertable = false, updatable = false)
    @Description("How many claims the actor asserts or is a subject of (the totalCount of claims).")
    public int claimCount;

    /**
     * Publication time of the newest claim the actor asserts or is a subject of, the epoch when there is none (an
     * order's key is never null); kept by store.ClaimTallies, never written by Hibernate.
     */
    @Ignore
    @Column(name = "last_seen_at", insertable = false, updatable = false)
    public OffsetDateTime lastSeenAt;

    @Description("When the actor was last seen: the publication time of the newest claim it asserts or is a subject of;"
            + " null when there is none.")
    public OffsetDateTime getLastSeen() {
        return lastSeenAt == null || lastSeenAt.toInstant().equals(Instant.EPOCH) ? null : lastSeenAt;
    }

    @PrePersist
    @PreUpdate
    void foldName() {
        nameKey = NameKey.of(name);
    }

    /** The actor stored under this name, or under an alias equal to it, compared case- and diacritics-insensitively. */
    public static Optional<Actor> findByNameOrAlias(String name) {
        String key = NameKey.of(name);
        Optional<Actor> byName = find("nameKey", key).firstResultOptional();
        if (byName.isPresent()) {
            return byName;
        }
        return find("select a.actor from ActorAlias a where a.aliasKey = ?1 order by a.actor.id", key)
                .firstResultOptional();
    }
}
