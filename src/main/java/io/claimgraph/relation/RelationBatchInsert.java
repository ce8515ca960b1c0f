package io.claimgraph.relation;

import io.claimgraph.store.JdbcBatch;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Writes automatic relation rows as one JDBC batch on the transaction's connection. Not as managed entities: an
 * ingest pass writes hundreds, nothing reads them back as entities in the same transaction, and Hibernate's
 * per-entity work (persist events, action queue, flush) costs nearly as much as the inserts themselves. A row
 * that another pass stored meanwhile fails the batch with Hibernate's unique-key exception, as a flush would.
 */
final class RelationBatchInsert {

    private static final String INSERT = "insert into claim_relation (claim_id, related_claim_id, kind, origin, reason, reverse_reason,"
            + " created_at) values (?, ?, ?, ?, ?, ?, ?)";

    private RelationBatchInsert() {
    }

    static void insert(List<ClaimRelation> rows) {
        if (rows.isEmpty()) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        em.flush(); // the claims these rows point to, when the caller's transaction changed them
        JdbcBatch.run(em, INSERT, rows, (insert, row) -> {
            insert.setLong(1, row.claimId);
            insert.setLong(2, row.relatedClaimId);
            insert.setString(3, row.kind.name());
            insert.setString(4, row.origin.name());
            insert.setString(5, row.reason);
            insert.setString(6, row.reverseReason);
            insert.setObject(7, row.createdAt);
        });
    }
}
