package io.claimgraph.ingest;

import io.claimgraph.relation.ClaimFacts;
import io.claimgraph.relation.ClaimRelations;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Ingest stage: relates a batch's new claims to other articles' claims while the rest of the batch is still being
 * written.
 *
 * <p>A relation pass needs the claims committed. Run once after the whole batch, it would keep one core busy writing
 * and then relating while extraction (ahead, on all cores) is long done and the other core sits idle; so every
 * {@value #ARTICLES_PER_PASS} written articles go to a pass on a thread of its own and the writer carries on. Passes run one at a time, in order (one thread for the process, as
 * {@link ClaimRelations#afterIngest} serialises them anyway), so each sees the claims of the passes before it, and
 * the articles of the next pass are committed before it starts: no pair is missed that one pass would have found.
 * The batch answers once its passes are done; a pass that failed adds its warning to its own articles only.
 */
@ApplicationScoped
public class RelationPasses {

    private static final Logger LOG = Logger.getLogger(RelationPasses.class);
    public static final int ARTICLES_PER_PASS = 10;

    private final ClaimRelations relations;
    private final ExecutorService passes = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "claimgraph-relation-passes");
        thread.setDaemon(true);
        return thread;
    });

    public RelationPasses(ClaimRelations relations) {
        this.relations = relations;
    }

    /** A batch's passes: add each written article's claims, then wait for the warnings. Not thread-safe. */
    public Batch batch() {
        return new Batch();
    }

    public final class Batch {
        private final List<ClaimFacts> claims = new ArrayList<>();
        private final List<Integer> results = new ArrayList<>();
        private final Map<Future<List<String>>, List<Integer>> started = new HashMap<>();

        private Batch() {
        }

        /** The claims an article of the batch just committed, and its place among the batch's results. */
        public void written(List<ClaimFacts> articleClaims, int result) {
            claims.addAll(articleClaims);
            results.add(result);
            if (results.size() >= ARTICLES_PER_PASS) {
                startPass();
            }
        }

        /** Waits for the batch's passes; returns the warnings for each result whose pass failed. */
        public Map<Integer, List<String>> finish() {
            startPass();
            Map<Integer, List<String>> warnings = new HashMap<>();
            boolean interrupted = false;
            for (Map.Entry<Future<List<String>>, List<Integer>> pass : started.entrySet()) {
                List<String> found = outcome(pass.getKey());
                if (found == null) {
                    interrupted = true;
                    found = notComputed();
                }
                if (!found.isEmpty()) {
                    for (int result : pass.getValue()) {
                        warnings.put(result, found);
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return warnings;
        }

        /** A pass's warnings, or null when the wait was interrupted. */
        private List<String> outcome(Future<List<String>> pass) {
            try {
                return pass.get();
            } catch (InterruptedException e) {
                return null;
            } catch (ExecutionException e) {
                LOG.error("A relation pass failed", e.getCause());
                return notComputed();
            }
        }

        private void startPass() {
            if (results.isEmpty()) {
                return;
            }
            List<ClaimFacts> sources = List.copyOf(claims);
            List<Integer> of = List.copyOf(results);
            claims.clear();
            results.clear();
            try {
                started.put(passes.submit(() -> relations.afterIngest(sources)), of);
            } catch (RejectedExecutionException e) { // shutting down: relate here
                started.put(CompletableFuture.completedFuture(relations.afterIngest(sources)), of);
            }
        }
    }

    private static List<String> notComputed() {
        return List.of(ClaimRelations.NOT_COMPUTED);
    }

    @PreDestroy
    void stop() {
        passes.shutdown();
    }
}
