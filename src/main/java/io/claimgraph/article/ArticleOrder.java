package io.claimgraph.article;

import io.claimgraph.store.OrderKey;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;

/** One key of the order of an article list. */
@Input("ArticleOrder")
public class ArticleOrder extends OrderKey<ArticleOrder.Field> {

    /** What articles can be ordered by; every order has an index behind it. */
    @Enum("ArticleOrderField")
    public enum Field {
        /** Publication time, or ingest time when the source gave none (the list's standard order, newest first). */
        PUBLISHED,
        /** When the article was stored. */
        INGESTED,
        /** The headline, in the database's collation. */
        HEADLINE
    }
}
