package io.claimgraph.claim;

import io.claimgraph.model.Claim;
import io.claimgraph.store.SearchPager;
import io.claimgraph.store.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Claim search: the search text matched and ranked by the database, combined with the list's filter. */
@ApplicationScoped
public class ClaimSearch {

    /** What H2 searches, with each column's weight in the rank; PostgreSQL weighs its tsvector the same way. */
    private static final Map<String, Integer> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("lower(%s.text)", 1);
    }

    private final SearchPager pager;

    public ClaimSearch(SearchPager pager) {
        this.pager = pager;
    }

    public ClaimSearchConnection search(String text, ClaimFilter filter, Integer first, String after,
            OffsetDateTime olderThan) {
        SearchText search = SearchText.parse("text", text);
        return new ClaimSearchConnection(pager.page(Claim.class, "e.sortAt desc, e.id desc", "claim-search", search,
                search.query("claim", COLUMNS),
                ClaimQueries.filters(filter, true), row -> row.id, first, after, olderThan), search.highlightWords());
    }
}
