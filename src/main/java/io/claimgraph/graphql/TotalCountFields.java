package io.claimgraph.graphql;

import io.claimgraph.actor.ActorConnection;
import io.claimgraph.article.ArticleConnection;
import io.claimgraph.article.ArticleSearchConnection;
import io.claimgraph.claim.ClaimConnection;
import io.claimgraph.claim.ClaimSearchConnection;
import io.claimgraph.location.LocationConnection;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/**
 * {@code totalCount} of every connection type. A resolver of its own rather than a getter, because it may run a
 * query: resolvers run on worker threads, getters on the event loop, where blocking is refused.
 */
@GraphQLApi
public class TotalCountFields {

    public int totalCount(@Source ArticleConnection connection) {
        return connection.totalCount();
    }

    public int totalCount(@Source ClaimConnection connection) {
        return connection.totalCount();
    }

    public int totalCount(@Source ArticleSearchConnection connection) {
        return connection.totalCount();
    }

    public int totalCount(@Source ClaimSearchConnection connection) {
        return connection.totalCount();
    }

    public int totalCount(@Source ActorConnection connection) {
        return connection.totalCount();
    }

    public int totalCount(@Source LocationConnection connection) {
        return connection.totalCount();
    }
}
