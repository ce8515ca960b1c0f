package io.claimgraph.ingest;

import io.claimgraph.ingest.extract.ExtractedArticle;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts the articles of a batch ahead of their write transactions, on one thread per core.
 *
 * <p>Extraction is pure CPU and reads no database; the writes must stay one article after another, in order. Done on
 * the writing thread, extraction would leave every core but one idle however many articles wait; done here, one
 * client's batch keeps all cores busy, extracting the next articles while the current one is written.
 *
 * <p>Whoever gets to a task first runs it: a pool thread, or the writer when it needs an article the pool has not
 * started yet (then it does not wait behind the queue). Tasks no longer wanted are dropped unstarted.
 */
@ApplicationScoped
public class ExtractionAhead {

    private final ClaimExtractor extractor;
    private final ExecutorService pool;

    public ExtractionAhead(ClaimExtractor extractor) {
        this.extractor = extractor;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
            Thread thread = new Thread(runnable, "claimgraph-extraction-" + count.incrementAndGet());
            thread.setDaemon(true); // never holds up a shutdown: a dropped task's article was never written
            return thread;
        });
    }

    /** Starts extracting {@code article} on the pool. */
    public Task submit(NormalizedArticle article) {
        Task task = new Task(article);
        pool.execute(task::runIfUnclaimed);
        return task;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** One article's extraction, run by whoever claims it first. */
    public final class Task {

        private final NormalizedArticle article;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<ExtractedArticle> result = new CompletableFuture<>();

        private Task(NormalizedArticle article) {
            this.article = article;
        }

        /** The extraction: run here if no pool thread has started it, else waited for. */
        public ExtractedArticle get() {
            runIfUnclaimed();
            try {
                return result.join();
            } catch (CompletionException e) {
                // the writer sees the failure as if it had extracted the article itself
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }

        /** Drops the task if it has not started: its article will not be written. */
        public void cancel() {
            if (claimed.compareAndSet(false, true)) {
                result.cancel(false);
            }
        }

        private void runIfUnclaimed() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                result.complete(extractor.extract(article.headline(), article.dateline(), article.paragraphs()));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }
    }
}
