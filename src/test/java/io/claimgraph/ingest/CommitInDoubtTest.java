package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimgraph.Fixtures;
import io.claimgraph.error.UnavailableException;
import io.claimgraph.model.Article;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ingest whose connection broke while it committed: the answer follows what the database holds. The failure is
 * the PostgreSQL driver's "I/O error while sending to the backend" (08006) that a commit in flight gets when the
 * network drops; the article, and its absence, are real rows.
 */
@QuarkusTest
class CommitInDoubtTest {

    @Inject
    CommitInDoubt doubt;

    private static RuntimeException connectionLost() {
        return new IllegalStateException("commit failed",
                new SQLException("An I/O error occurred while sending to the backend", "08006"));
    }

    private static CommitInDoubt.Attempt writing(IngestOutcome outcome) {
        CommitInDoubt.Attempt attempt = new CommitInDoubt.Attempt();
        if (outcome != null) {
            attempt.writing(outcome);
        }
        return attempt;
    }

    @Test
    void aStoredArticleIsAnsweredWithItsOutcomeAndAWarningNotAnError() {
        long id = Long.parseLong(Fixtures.ingestArticle("in-doubt"));
        Article stored = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));

        IngestResult result = doubt.resolve(connectionLost(), writing(IngestOutcome.CREATED), stored.url,
                stored.contentHash);

        assertEquals(IngestOutcome.CREATED, result.outcome());
        assertEquals(id, result.article().id);
        assertEquals(List.of(CommitInDoubt.STORED_DESPITE_OUTAGE), result.warnings());
    }

    @Test
    void anArticleNotStoredIsUnavailableAndSoIsOneThatFailedBeforeItsWrite() {
        long id = Long.parseLong(Fixtures.ingestArticle("in-doubt-other"));
        Article stored = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
        // same content under another url is not this article: the client's retry answers DUPLICATE for it
        assertThrows(UnavailableException.class, () -> doubt.resolve(connectionLost(),
                writing(IngestOutcome.CREATED), "https://news.example.test/never-stored", stored.contentHash));
        // nothing was about to be written: no look, UNAVAILABLE
        assertThrows(UnavailableException.class,
                () -> doubt.resolve(connectionLost(), writing(null), stored.url, stored.contentHash));
        assertEquals(CommitInDoubt.UNAVAILABLE_PREFIX + "The database is unavailable at the moment: try again "
                + "shortly; send inputs[2] again", CommitInDoubt.unavailable("inputs[2]").error());
    }

    @Test
    void aFailureThatIsNotTheDatabasesIsNotHidden() {
        RuntimeException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class,
                () -> doubt.resolve(bug, writing(IngestOutcome.CREATED), "https://x.test/a", "hash")));
    }
}
