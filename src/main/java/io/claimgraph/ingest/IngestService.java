package io.claimgraph.ingest;

import io.claimgraph.article.Article;
import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.graphql.BadUserInputException;
import io.claimgraph.graphql.ClientError;
import io.claimgraph.graphql.UniqueKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The ingest pipeline, one article at a time, each in its own transaction:
 * <ol>
 * <li>check the input ({@link IngestInputCheck});</li>
 * <li>normalise and drop repeated paragraphs ({@link ArticleNormalizer});</li>
 * <li>find a stored duplicate by url or by content hash;</li>
 * <li>write the article ({@link ArticleWriter}).</li>
 * </ol>
 * Parallel ingests of the same article race on the unique keys (url, content hash); the loser's transaction
 * rolls back and is run again, and then finds the winner's row: DUPLICATE, never a second copy.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);
    private static final int ATTEMPTS = 3;

    private final IngestInputCheck inputCheck;
    private final ArticleNormalizer normalizer = new ArticleNormalizer();
    private final ArticleWriter writer;
    private final int maxBatchSize;

    public IngestService(IngestInputCheck inputCheck, ArticleWriter writer, ClaimgraphConfig config) {
        this.inputCheck = inputCheck;
        this.writer = writer;
        this.maxBatchSize = config.ingest().maxBatchSize();
    }

    /** Ingests one article; bad input is a client error for the whole call. */
    public IngestResult ingest(ArticleInput input) {
        return withRetryOnRace(() -> ingestOne("input", input));
    }

    /** Ingests each article on its own: a refused one is REJECTED with its reason, the others are unaffected. */
    public List<IngestResult> ingestAll(List<ArticleInput> inputs) {
        if (inputs == null) {
            throw new BadUserInputException("inputs", "inputs is required");
        }
        if (inputs.size() > maxBatchSize) {
            throw new BadUserInputException("inputs", "At most " + maxBatchSize + " articles per call");
        }
        List<IngestResult> results = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String argument = "inputs[" + i + "]";
            ArticleInput input = inputs.get(i);
            try {
                results.add(withRetryOnRace(() -> ingestOne(argument, input)));
            } catch (ClientError e) {
                results.add(IngestResult.rejected(e.getMessage()));
            }
        }
        return results;
    }

    private IngestResult ingestOne(String argument, ArticleInput input) {
        inputCheck.check(argument, input);
        NormalizedArticle article = normalizer.normalize(input.headline, input.body);
        if (article.paragraphs().isEmpty()) {
            throw new BadUserInputException(argument + ".body", argument + ".body has no text besides the headline");
        }
        Optional<Article> sameUrl = Article.findByUrl(input.url.strip());
        if (sameUrl.isPresent() && sameUrl.get().contentHash.equals(article.contentHash())) {
            return IngestResult.of(sameUrl.get(), IngestOutcome.DUPLICATE, List.of());
        }
        Optional<Article> sameContent = Article.findByContentHash(article.contentHash());
        if (sameContent.isPresent()) {
            return IngestResult.of(sameContent.get(), IngestOutcome.DUPLICATE,
                    List.of("Same content as the article stored for " + sameContent.get().url));
        }
        if (sameUrl.isPresent()) {
            return IngestResult.of(writer.replace(sameUrl.get(), input, article), IngestOutcome.UPDATED, List.of());
        }
        return IngestResult.of(writer.create(input, article), IngestOutcome.CREATED, List.of());
    }

    private static IngestResult withRetryOnRace(Supplier<IngestResult> attempt) {
        for (int i = 1; ; i++) {
            try {
                return QuarkusTransaction.requiringNew().call(attempt::get);
            } catch (RuntimeException e) {
                if (i >= ATTEMPTS || !UniqueKeys.isUniqueViolation(e)) {
                    throw e;
                }
                LOG.debugf("Ingest lost a race on a unique key, attempt %d; trying again", i);
            }
        }
    }
}
