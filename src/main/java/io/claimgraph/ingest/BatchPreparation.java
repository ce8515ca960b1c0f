package io.claimgraph.ingest;

import io.claimgraph.error.BadUserInputException;
import io.claimgraph.error.ClientError;
import io.claimgraph.ingest.extract.ExtractedArticle;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The stages of an ingest that come before its transaction: the input checks, normalisation, and for a batch the
 * extraction started ahead ({@link ExtractionAhead}) for the articles whose content is not stored yet.
 */
@ApplicationScoped
class BatchPreparation {

    private final IngestInputCheck inputCheck;
    private final ArticleNormalizer normalizer = new ArticleNormalizer();
    private final ClaimExtractor extractor;
    private final ExtractionAhead ahead;

    BatchPreparation(IngestInputCheck inputCheck, ClaimExtractor extractor, ExtractionAhead ahead) {
        this.inputCheck = inputCheck;
        this.extractor = extractor;
        this.ahead = ahead;
    }

    /**
     * An article of a batch before its transaction: checked and normalised, or refused; and its extraction, started
     * ahead when its content was not stored yet.
     */
    static final class Prepared {
        private final NormalizedArticle article;
        private final ClientError refused;
        private ExtractionAhead.Task ahead;
        /** False when neither its url nor its content was stored when the batch came, nor earlier in the batch. */
        private boolean mayBeStored = true;

        private final BatchPreparation preparation;

        Prepared(BatchPreparation preparation, NormalizedArticle article, ClientError refused) {
            this.preparation = preparation;
            this.article = article;
            this.refused = refused;
        }

        NormalizedArticle article() {
            return article;
        }

        ClientError refused() {
            return refused;
        }

        boolean mayBeStored() {
            return mayBeStored;
        }

        ExtractedArticle extraction() {
            // not started ahead (its content was stored when the batch came in, and is not any more): extract here
            return ahead == null ? preparation.extract(article) : ahead.get();
        }

        void cancel() {
            if (ahead != null) {
                ahead.cancel();
            }
        }
    }

    /**
     * Checks and normalises every article of the batch, then starts extracting those that will need it: content not
     * stored yet, and only its first copy when the batch carries it twice (two statements for the batch: the stored
     * contents and urls among the batch's). An article whose url and content were both unknown (stored nowhere, and
     * not earlier in the batch) is written without looking for a stored copy again: one that another ingest stores
     * meanwhile fails it on a unique key, and the ingest's retry looks ({@link IngestService}). Every other article is
     * looked for in its own transaction.
     */
    List<Prepared> prepareAll(List<ArticleInput> inputs) {
        List<Prepared> prepared = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            try {
                prepared.add(new Prepared(this, prepare("inputs[" + i + "]", inputs.get(i)), null));
            } catch (ClientError e) {
                prepared.add(new Prepared(this, null, e));
            }
        }
        List<String> hashes = prepared.stream().filter(p -> p.refused() == null).map(p -> p.article().contentHash())
                .distinct().toList();
        if (hashes.isEmpty()) {
            return prepared;
        }
        List<String> urls = new ArrayList<>(); // as stored (ArticleWriter), null for a refused article
        for (int i = 0; i < inputs.size(); i++) {
            urls.add(prepared.get(i).refused() == null ? inputs.get(i).url.strip() : null);
        }
        List<String> batchUrls = urls.stream().filter(Objects::nonNull).distinct().toList();
        // stored when the batch came, then also those of earlier articles of the batch
        Set<String> knownContent = new HashSet<>();
        Set<String> knownUrls = new HashSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            knownContent.addAll(Panache.getEntityManager()
                    .createQuery("select a.contentHash from Article a where a.contentHash in :hashes", String.class)
                    .setParameter("hashes", hashes).getResultList());
            knownUrls.addAll(Panache.getEntityManager()
                    .createQuery("select a.url from Article a where a.url in :urls", String.class)
                    .setParameter("urls", batchUrls).getResultList());
        });
        for (int i = 0; i < inputs.size(); i++) {
            Prepared p = prepared.get(i);
            if (p.refused() != null) {
                continue;
            }
            boolean newContent = knownContent.add(p.article().contentHash());
            boolean newUrl = knownUrls.add(urls.get(i));
            if (newContent) {
                p.ahead = ahead.submit(p.article());
            }
            p.mayBeStored = !(newContent && newUrl);
        }
        return prepared;
    }

    /** Stage 0 and 1, which read nothing stored: the checks, then normalisation. */
    NormalizedArticle prepare(String argument, ArticleInput input) {
        inputCheck.check(argument, input);
        NormalizedArticle article = normalizer.normalize(input.headline, input.body);
        if (article.paragraphs().isEmpty()) {
            throw new BadUserInputException(argument + ".body", argument + ".body has no text besides the headline");
        }
        return article;
    }

    ExtractedArticle extract(NormalizedArticle article) {
        return extractor.extract(article.headline(), article.dateline(), article.paragraphs());
    }
}
