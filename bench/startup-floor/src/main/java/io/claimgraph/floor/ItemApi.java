package io.claimgraph.floor;

import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** One database-backed query, the floor's counterpart of the service's first page of articles. */
@GraphQLApi
public class ItemApi {

    @Query
    public List<Item> items(int first) {
        return Item.findAll().page(0, first).list();
    }
}
