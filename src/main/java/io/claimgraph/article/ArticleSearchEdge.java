package io.claimgraph.article;

import io.claimgraph.model.Article;
import io.claimgraph.store.Snippet;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One hit of a search: the article, how relevant it is, and where the searched words occur in it. */
public record ArticleSearchEdge(@NonNull String cursor, @NonNull Article node,
        @Description("Relevance: larger is more relevant; comparable only within one search.") double rank,
        @Description("Part of the body around the first searched word found in it (the start of the body when only the headline matched).") @NonNull Snippet snippet) {
}
