package io.claimgraph.ingest;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.BadUserInputException;
import io.claimgraph.error.ClientError;
import io.claimgraph.error.LimitExceededException;
import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.model.Article;
import io.claimgraph.model.ClaimsAdded;
import io.claimgraph.relation.ClaimFacts;
import io.claimgraph.relation.ClaimRelations;
import io.claimgraph.store.KeyRaces;
import io.claimgraph.store.UniqueKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The ingest pipeline, one article at a time, each in its own transaction:
 * <ol>
 * <li>check the input ({@link IngestInputCheck});</li>
 * <li>normalise and drop repeated paragraphs ({@link ArticleNormalizer});</li>
 * <li>find a stored duplicate by url or by content hash (one statement; for a batch, only where the batch's own
 * lookup found its url or content stored, or an earlier article of the batch has either);</li>
 * <li>extract claims, actors and places ({@link ClaimExtractor}); for a batch, ahead of the transactions and on all
 * cores ({@link ExtractionAhead});</li>
 * <li>write the article ({@link ArticleWriter});</li>
 * <li>link the mentions to stored actors and locations and write the claims ({@link ExtractionWriter});</li>
 * <li>announce the article and its claims ({@link ClaimsAdded}, observed by live: subscribers hear of them once the
 * transaction commits);</li>
 * <li>after the commit, relate the new claims to other articles' claims ({@link ClaimRelations#afterIngest}); for a
 * batch, a few articles at a time beside the writes of the next ones ({@link RelationPasses}).</li>
 * </ol>
 * Parallel ingests of the same article race on the unique keys (url, content hash); the loser's transaction
 * rolls back and is run again, and then finds the winner's row: DUPLICATE, never a second copy. An ingest that
 * fails on a foreign key linked an actor or location that was deleted meanwhile (possibly by another replica):
 * the remembered ids are dropped and the article is run again.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);
    private static final int ATTEMPTS = 3;

    private final BatchPreparation preparation;
    private final ArticleWriter writer;
    private final ExtractionWriter extractionWriter;
    private final ClaimRelations relations;
    private final RelationPasses relationPasses;
    private final Event<ClaimsAdded> claimsAdded;
    private final CommitInDoubt doubt;
    private final int maxBatchSize;
    private final long budgetNanos;

    public IngestService(BatchPreparation preparation, ArticleWriter writer, ExtractionWriter extractionWriter,
            ClaimRelations relations, RelationPasses relationPasses, CommitInDoubt doubt,
            Event<ClaimsAdded> claimsAdded,
            ClaimgraphConfig config) {
        this.preparation = preparation;
        this.writer = writer;
        this.extractionWriter = extractionWriter;
        this.relations = relations;
        this.relationPasses = relationPasses;
        this.doubt = doubt;
        this.claimsAdded = claimsAdded;
        this.maxBatchSize = config.ingest().maxBatchSize();
        this.budgetNanos = config.graphql().timeBudget().toNanos();
    }

    /** An ingest's result, and what relation detection needs of the claims it wrote. */
    private record Ingested(IngestResult result, List<ClaimFacts> claims) {
    }

    /** Ingests one article; bad input is a client error for the whole call. */
    public IngestResult ingest(ArticleInput input) {
        NormalizedArticle article = preparation.prepare("input", input);
        CommitInDoubt.Attempt attempt = new CommitInDoubt.Attempt();
        Ingested ingested;
        try {
            ingested = inTransaction(
                    retry -> ingestOne("input", input, article, () -> preparation.extract(article), true, attempt));
        } catch (ClientError e) {
            throw e;
        } catch (RuntimeException e) {
            return doubt.resolve(e, attempt, input.url.strip(), article.contentHash());
        }
        return withWarnings(ingested.result(), relations.afterIngest(ingested.claims()));
    }

    /**
     * Ingests each article on its own: a refused one is REJECTED with its reason, the others are unaffected. When
     * the request's time budget (claimgraph.graphql.time-budget) runs out, the articles not yet started are
     * REJECTED as not ingested, so the client can send them again; those already stored stay stored. The claims of
     * the stored articles are related to other articles' claims (and to each other's) a few articles at a time, while
     * the next ones are written; the call answers when that is done.
     *
     * <p>The articles are written one after another, in order; their extraction runs ahead on all cores
     * ({@link ExtractionAhead}), for those whose content is not stored yet.
     */
    public List<IngestResult> ingestAll(List<ArticleInput> inputs) {
        long deadline = System.nanoTime() + budgetNanos;
        if (inputs == null) {
            throw new BadUserInputException("inputs", "inputs is required");
        }
        if (inputs.size() > maxBatchSize) {
            throw new LimitExceededException("inputs", "At most " + maxBatchSize + " articles per call");
        }
        List<BatchPreparation.Prepared> prepared = preparation.prepareAll(inputs);
        try {
            List<IngestResult> results = new ArrayList<>();
            RelationPasses.Batch relating = relationPasses.batch();
            boolean wrote = false;
            boolean databaseAway = false;
            for (int i = 0; i < inputs.size(); i++) {
                String argument = "inputs[" + i + "]";
                ArticleInput input = inputs.get(i);
                BatchPreparation.Prepared p = prepared.get(i);
                // until one article is written, the budget does not stop the batch, however long preparing it took:
                // a batch sent again and again gets through, a budget's worth at a time. Counting the first article
                // instead was not enough: sent again, it is a DUPLICATE, and on a busy machine the budget could run
                // out before the first article not stored yet, call after call.
                if (wrote && System.nanoTime() - deadline > 0) {
                    p.cancel();
                    results.add(IngestResult.rejected("Not ingested: the request ran over its time budget of "
                            + budgetNanos / 1_000_000 + " ms; send " + argument + " again"));
                    continue;
                }
                if (p.refused() != null) {
                    results.add(IngestResult.rejected(p.refused().getMessage()));
                    continue;
                }
                if (databaseAway) {
                    // not tried: each would wait for a connection in vain; those stored before keep their outcome
                    p.cancel();
                    results.add(CommitInDoubt.unavailable(argument));
                    continue;
                }
                CommitInDoubt.Attempt attempt = new CommitInDoubt.Attempt();
                try {
                    Ingested ingested = inTransaction(retry -> ingestOne(argument, input, p.article(), p::extraction,
                            retry || p.mayBeStored(), attempt));
                    if (!ingested.claims().isEmpty()) {
                        relating.written(ingested.claims(), results.size());
                    }
                    results.add(ingested.result());
                    wrote |= ingested.result().outcome() != IngestOutcome.DUPLICATE;
                } catch (ClientError e) {
                    results.add(IngestResult.rejected(e.getMessage()));
                } catch (RuntimeException e) {
                    databaseAway = true; // resolve rethrows what is not the database's failure
                    results.add(
                            doubt.resolveInBatch(e, attempt, input.url.strip(), p.article().contentHash(), argument));
                } finally {
                    p.cancel(); // a duplicate's extraction, if it has not started: not needed
                }
            }
            relating.finish().forEach((i, warnings) -> results.set(i, withWarnings(results.get(i), warnings)));
            return results;
        } finally {
            // a call that failed leaves no extraction queued for it
            prepared.forEach(BatchPreparation.Prepared::cancel);
        }
    }

    private Ingested ingestOne(String argument, ArticleInput input, NormalizedArticle article,
            Supplier<ExtractedArticle> extraction, boolean mayBeStored, CommitInDoubt.Attempt attempt) {
        String url = input.url.strip();
        Article sameUrl = null;
        Article sameContent = null;
        for (Article stored : mayBeStored ? Article.findByUrlOrContentHash(url, article.contentHash())
                : List.<Article>of()) {
            if (stored.url.equals(url)) {
                sameUrl = stored;
            }
            if (stored.contentHash.equals(article.contentHash())) {
                sameContent = stored;
            }
        }
        if (sameUrl != null && sameUrl == sameContent) {
            return new Ingested(IngestResult.of(sameUrl, IngestOutcome.DUPLICATE, List.of()), List.of());
        }
        if (sameContent != null) {
            return new Ingested(IngestResult.of(sameContent, IngestOutcome.DUPLICATE,
                    List.of("Same content as the article stored for " + sameContent.url)), List.of());
        }
        ExtractedArticle extracted = extraction.get();
        attempt.writing(sameUrl != null ? IngestOutcome.UPDATED : IngestOutcome.CREATED);
        Article stored = sameUrl != null ? writer.replace(sameUrl, input, article) : writer.create(input, article);
        ExtractionWriter.WrittenClaims claims = extractionWriter.write(stored, extracted);
        claimsAdded.fire(new ClaimsAdded(stored.id, true, claims.ids()));
        return new Ingested(IngestResult.of(stored, sameUrl != null ? IngestOutcome.UPDATED : IngestOutcome.CREATED,
                warnings(article, extracted)),
                claims.comparable());
    }

    private static List<String> warnings(NormalizedArticle article, ExtractedArticle extracted) {
        List<String> warnings = new ArrayList<>(article.warnings());
        if (extracted.claims().isEmpty()) {
            warnings.add("No claims found in the article");
        }
        return warnings;
    }

    private static IngestResult withWarnings(IngestResult result, List<String> warnings) {
        if (warnings.isEmpty()) {
            return result;
        }
        List<String> all = new ArrayList<>(result.warnings());
        all.addAll(warnings);
        return IngestResult.of(result.article(), result.outcome(), all);
    }

    /** Runs the ingest transaction, again after a lost race. */
    private Ingested inTransaction(KeyRaces.Attempt<Ingested> attempt) {
        return KeyRaces.inNewTransaction(ATTEMPTS, KeyRaces.ANY_KEY, attempt, (race, number) -> {
            boolean staleLink = UniqueKeys.isForeignKeyViolation(race);
            if (staleLink) {
                extractionWriter.forgetKnownIds();
            }
            LOG.debugf("Ingest lost a race on a %s, attempt %d; trying again", staleLink ? "foreign key" : "unique key",
                    number);
        });
    }
}
