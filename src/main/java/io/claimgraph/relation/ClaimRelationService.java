package io.claimgraph.relation;

import io.claimgraph.error.BadUserInputException;
import io.claimgraph.error.InputValidator;
import io.claimgraph.error.NotFoundException;
import io.claimgraph.model.Claim;
import io.claimgraph.store.Ids;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Relations recorded or removed by analysts. Both are ANALYST rows, which automatic detection never touches. */
@ApplicationScoped
public class ClaimRelationService {

    private final InputValidator validator;
    private final ClaimRelations relations;

    public ClaimRelationService(InputValidator validator, ClaimRelations relations) {
        this.validator = validator;
        this.relations = relations;
    }

    @Transactional
    public Claim add(ClaimRelationInput input) {
        validator.check("input", input);
        Claim[] pair = pair("input.claimId", input.claimId, "input.relatedClaimId", input.relatedClaimId);
        String note = input.note == null || input.note.isBlank() ? null : input.note.strip();
        String reason = note != null ? note : "Recorded by an analyst";
        replace(pair[0], pair[1], RelationKind.of(input.kind), reason);
        return pair[0];
    }

    @Transactional
    public Claim remove(String claimId, String relatedClaimId) {
        Claim[] pair = pair("claimId", claimId, "relatedClaimId", relatedClaimId);
        ClaimRelation current = ClaimRelation.findById(ClaimRelation.key(pair[0].id, pair[1].id));
        if (current == null || current.kind == RelationKind.DISMISSED) {
            throw NotFoundException.because("relatedClaimId",
                    "No relation between claim " + pair[0].id + " and claim " + pair[1].id);
        }
        replace(pair[0], pair[1], RelationKind.DISMISSED, "Removed by an analyst");
        return pair[0];
    }

    /** The two claims a mutation names: well-formed ids, two different claims that exist, of different articles. */
    private static Claim[] pair(String field, String id, String relatedField, String relatedId) {
        long claimId = Ids.parse(field, id);
        long otherId = Ids.parse(relatedField, relatedId);
        if (claimId == otherId) {
            throw new BadUserInputException(relatedField, "A claim cannot be related to itself");
        }
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            throw new NotFoundException(field, "claim", id);
        }
        Claim other = Claim.findById(otherId);
        if (other == null) {
            throw new NotFoundException(relatedField, "claim", relatedId);
        }
        if (claim.articleId.equals(other.articleId)) {
            throw new BadUserInputException(relatedField,
                    "Both claims come from the same article: relations link claims of different articles");
        }
        return new Claim[]{claim, other};
    }

    /** Sets the pair's row to an ANALYST row of this kind (the same reason from both sides), whatever it was. */
    private void replace(Claim claim, Claim other, RelationKind kind, String reason) {
        EntityManager em = Panache.getEntityManager();
        ClaimRelation fresh = ClaimRelation.of(claim.id, other.id, kind, RelationOrigin.ANALYST, reason, reason);
        ClaimRelation row = em.find(ClaimRelation.class, ClaimRelation.key(claim.id, other.id));
        if (row == null) {
            em.persist(fresh);
        } else {
            row.kind = fresh.kind;
            row.origin = fresh.origin;
            row.reason = fresh.reason;
            row.reverseReason = fresh.reverseReason;
            row.createdAt = fresh.createdAt;
        }
        relations.refreshStatuses(List.of(claim.id, other.id));
        em.refresh(claim);
    }
}
