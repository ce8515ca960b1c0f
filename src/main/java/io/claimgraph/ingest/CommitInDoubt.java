package io.claimgraph.ingest;

import io.claimgraph.error.DatabaseUnavailable;
import io.claimgraph.error.UnavailableException;
import io.claimgraph.model.Article;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * An article's write transaction failed because the database went away. If the connection was lost while the
 * commit was on its way, the article may be stored although the driver reported a failure; answering an error then
 * would tell the client that stored data failed. So the article is looked for by its url and content (three tries,
 * a short pause before each): found, the answer is what the write was about to do (CREATED or UPDATED); not found,
 * or the database still away, UNAVAILABLE, and a retry of the client answers DUPLICATE if it was stored after all.
 */
@ApplicationScoped
public class CommitInDoubt {

    private static final Logger LOG = Logger.getLogger(CommitInDoubt.class);
    static final int LOOKUPS = 3;
    /** How a batch's per-article error starts when the database was away. */
    public static final String UNAVAILABLE_PREFIX = "UNAVAILABLE: ";
    private static final long FIRST_PAUSE_MILLIS = 200;

    /** The warning of an article whose write was answered with an outage but is stored. */
    static final String STORED_DESPITE_OUTAGE = "The database connection was lost as the article was stored; it is "
            + "stored, but its claims' relations to other articles' claims were not computed";

    /**
     * What one article's write was about to commit: set just before the first row is written, so that a failure
     * before it (nothing written) is answered UNAVAILABLE without a look.
     */
    static final class Attempt {
        private final AtomicReference<IngestOutcome> writing = new AtomicReference<>();

        void writing(IngestOutcome outcome) {
            writing.set(outcome);
        }

        IngestOutcome writing() {
            return writing.get();
        }
    }

    /**
     * The result for an article whose transaction failed with {@code failure}: the stored article when the
     * database is what failed and the article is there; otherwise {@link UnavailableException}, or the failure
     * itself when it is not the database's (a bug, or the client's error).
     */
    IngestResult resolve(RuntimeException failure, Attempt attempt, String url, String contentHash) {
        if (!DatabaseUnavailable.is(failure)) {
            throw failure;
        }
        if (attempt.writing() == null) {
            throw UnavailableException.database(); // it failed before anything was written
        }
        Optional<Article> stored = lookUp(url, contentHash);
        if (stored.isEmpty()) {
            LOG.warnf("Ingest of %s failed, the database is unavailable; not stored", url);
            throw UnavailableException.database();
        }
        LOG.warnf("Ingest of %s reported an outage, but article %d was committed: answered %s", url,
                stored.get().id, attempt.writing());
        return IngestResult.of(stored.get(), attempt.writing(), List.of(STORED_DESPITE_OUTAGE));
    }

    /** A batch's article whose transaction failed: stored after all, or REJECTED as {@link #unavailable}. */
    IngestResult resolveInBatch(RuntimeException failure, Attempt attempt, String url, String contentHash,
            String argument) {
        try {
            return resolve(failure, attempt, url, contentHash);
        } catch (UnavailableException e) {
            return unavailable(argument);
        }
    }

    /**
     * A batch's article not stored because the database is away: REJECTED, its error starting with the code a
     * client can match ({@link #UNAVAILABLE_PREFIX}); the client sends it again later.
     */
    static IngestResult unavailable(String argument) {
        return IngestResult
                .rejected(UNAVAILABLE_PREFIX + DatabaseUnavailable.MESSAGE + "; send " + argument + " again");
    }

    /** The article with this url and content, if it is stored; empty when the database stays away. */
    private Optional<Article> lookUp(String url, String contentHash) {
        long pause = FIRST_PAUSE_MILLIS;
        for (int i = 0; i < LOOKUPS; i++) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pause *= 2;
            try {
                return QuarkusTransaction.requiringNew().call(() -> Article.findByUrlOrContentHash(url, contentHash)
                        .stream().filter(a -> a.url.equals(url) && a.contentHash.equals(contentHash)).findFirst());
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.is(e)) {
                    throw e;
                }
            }
        }
        return Optional.empty();
    }
}
