package io.claimgraph.subscription;

import io.claimgraph.claim.ClaimFilter;
import io.claimgraph.claim.ClaimQueries;
import io.claimgraph.live.LiveHub;
import io.claimgraph.model.Article;
import io.claimgraph.model.Claim;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

/** Live updates over WebSocket (graphql-transport-ws at /graphql): what is written from the moment of subscribing. */
@GraphQLApi
public class LiveSubscriptions {

    private final LiveHub hub;
    private final LiveLoader loader;

    public LiveSubscriptions(LiveHub hub, LiveLoader loader) {
        this.hub = hub;
        this.loader = loader;
    }

    @Subscription
    @NonNull
    @Description("Each article as it is stored: ingested new, or ingested again with changed content (not duplicates).")
    public Multi<Article> articleIngested() {
        return hub.subscribe(loader::ingestedArticle, ClientConnection.writability());
    }

    @Subscription
    @NonNull
    @Description("Each claim as it is stored (by ingest or createClaim) that matches the filter, which means what it "
            + "means for the claims query.")
    public Multi<Claim> claimAdded(ClaimFilter filter) {
        ClaimQueries.filters(filter); // a bad filter is refused now, not at the first event
        return hub.subscribe(event -> loader.matchingClaims(event, filter), ClientConnection.writability());
    }
}
