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
 * A relation between two claims, one row per pair: {@code claimId} is the lower id of the two, {@code relatedClaimId}
 * the higher (build rows with {@link #of} and keys with {@link #key}, which put them in that order), and the reason is
 * kept worded from each side. Not a GraphQL type itself; clients see {@link ClaimRelationView}, from one claim's side.
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

    /** Why, worded from {@code claimId}'s side. */
    public String reason;

    /** Why, worded from {@code relatedClaimId}'s side. */
    @Column(name = "reverse_reason")
    public String reverseReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The row relating claims a and b, with the reason as a sees it and as b sees it, in either order. */
    public static ClaimRelation of(long a, long b, RelationKind kind, RelationOrigin origin, String reasonOfA,
            String reasonOfB) {
        ClaimRelation row = new ClaimRelation();
        row.claimId = Math.min(a, b);
        row.relatedClaimId = Math.max(a, b);
        row.kind = kind;
        row.origin = origin;
        row.reason = clipped(a < b ? reasonOfA : reasonOfB);
        row.reverseReason = clipped(a < b ? reasonOfB : reasonOfA);
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return row;
    }

    /** The key of the row relating claims a and b, in either order. */
    public static Key key(long a, long b) {
        return new Key(Math.min(a, b), Math.max(a, b));
    }

    /** Why, worded from {@code claim}'s side. */
    public String reasonOf(long claim) {
        return claimId == claim ? reason : reverseReason;
    }

    private static String clipped(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 499) + "\u2026";
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
            return o instanceof Key k && Objects.equals(claimId, k.claimId)
                    && Objects.equals(relatedClaimId, k.relatedClaimId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(claimId, relatedClaimId);
        }
    }
}
