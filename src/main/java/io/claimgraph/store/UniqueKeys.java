package io.claimgraph.store;

import io.claimgraph.error.ConflictException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Writes pending changes now, so that a unique key taken by a concurrent writer between our check and our
 * insert surfaces here as a CONFLICT for the client rather than as an internal error at commit.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    public static void flushOrConflict(String field, String message) {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException(field, message);
            }
            throw e;
        }
    }

    public static boolean isUniqueViolation(Throwable e) {
        return isViolation(e, ConstraintViolationException.ConstraintKind.UNIQUE);
    }

    public static boolean isForeignKeyViolation(Throwable e) {
        return isViolation(e, ConstraintViolationException.ConstraintKind.FOREIGN_KEY);
    }

    private static boolean isViolation(Throwable e, ConstraintViolationException.ConstraintKind kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getKind() == kind) {
                return true;
            }
        }
        return false;
    }
}
