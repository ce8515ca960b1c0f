package io.claimgraph.relation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One direction of a relation between two claims: a relation of a and b is the rows (a, b) and (b, a), written and
 * removed together, each with the reason worded from its first claim's side. Not a GraphQL type itself; clients see
 * {@link ClaimRelationView}.
 */
@Entity
@Table(name = "claim_relation")
@IdClass(ClaimRelation.Key.class)
public class ClaimRelation extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    @Id
    @Column(name = "related_claim_id")
    public Long relatedClaimId;

    @Enumerated(EnumType.STRING)
    public RelationKind kind;

    @Enumerated(EnumType.STRING)
    public RelationOrigin origin;

    public String reason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static ClaimRelation of(long claimId, long relatedClaimId, RelationKind kind, RelationOrigin origin, String reason) {
        ClaimRelation row = new ClaimRelation();
        row.claimId = claimId;
        row.relatedClaimId = relatedClaimId;
        row.kind = kind;
        row.origin = origin;
        row.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 499) + "\u2026";
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return row;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        public Long claimId;
        public Long relatedClaimId;

        public Key() {
        }

        public Key(Long claimId, Long relatedClaimId) {
            this.claimId = claimId;
            this.relatedClaimId = relatedClaimId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(claimId, k.claimId) && Objects.equals(relatedClaimId, k.relatedClaimId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(claimId, relatedClaimId);
        }
    }
}
