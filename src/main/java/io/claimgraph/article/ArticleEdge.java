package io.claimgraph.article;

import io.claimgraph.model.Article;
import org.eclipse.microprofile.graphql.NonNull;

public record ArticleEdge(@NonNull String cursor, @NonNull Article node) {
}
