package io.claimgraph.article;

import io.claimgraph.store.ListOrder;
import io.claimgraph.store.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One key of the order of an article list. */
@Input("ArticleOrder")
public class ArticleOrder implements ListOrder.Key<ArticleOrder.Field> {

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

    @NonNull
    public Field field;

    @DefaultValue("ASC")
    public OrderDirection direction = OrderDirection.ASC;

    @Override
    public Field sortField() {
        return field;
    }

    @Override
    public OrderDirection sortDirection() {
        return direction;
    }
}
