package io.claimgraph.article;

import io.claimgraph.graphql.Page;
import io.claimgraph.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of articles, Relay style. */
public record ArticleConnection(@NonNull List<@NonNull ArticleEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    public static ArticleConnection of(Page<Article> page) {
        List<ArticleEdge> edges = page.items().stream().map(row -> new ArticleEdge(page.cursorOf().apply(row), row)).toList();
        return new ArticleConnection(edges, page.pageInfo(), page.totalCountAsInt());
    }
}
