package io.claimgraph.ingest;

import io.claimgraph.model.Article;
import io.claimgraph.model.Claim;
import io.claimgraph.model.ClaimsRemoving;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Ingest's last stage: writes the article row, new or replacing the stored one for the same url. */
@ApplicationScoped
public class ArticleWriter {

    private final Event<ClaimsRemoving> claimsRemoving;

    public ArticleWriter(Event<ClaimsRemoving> claimsRemoving) {
        this.claimsRemoving = claimsRemoving;
    }

    public Article create(ArticleInput input, NormalizedArticle normalized) {
        Article article = new Article();
        article.url = input.url.strip();
        fill(article, input, normalized);
        article.persist();
        article.flush();
        return article;
    }

    /**
     * Same url, new content: the article's fields are replaced and its old claims dropped, with their relations; the
     * claims of other articles they were related to get their status refreshed (relation observes).
     */
    public Article replace(Article article, ArticleInput input, NormalizedArticle normalized) {
        claimsRemoving.fire(new ClaimsRemoving(Claim.idsOfArticle(article.id)));
        Claim.delete("article", article);
        article.actors.clear();
        article.locations.clear();
        fill(article, input, normalized);
        article.flush();
        return article;
    }

    private static void fill(Article article, ArticleInput input, NormalizedArticle normalized) {
        // the database keeps microseconds: truncate so the sort key read back equals the one written
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        article.headline = normalized.headline();
        article.body = normalized.body();
        article.contentHash = normalized.contentHash();
        article.droppedParagraphs = normalized.droppedParagraphs();
        article.publisher = input.publisher == null || input.publisher.isBlank() ? null : input.publisher.strip();
        article.publishedAt = input.publishedAt == null ? null : input.publishedAt.truncatedTo(ChronoUnit.MICROS);
        article.language = input.language == null ? "en" : input.language;
        article.ingestedAt = now;
        article.sortAt = article.publishedAt == null ? now : article.publishedAt;
    }
}
