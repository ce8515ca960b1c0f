package io.claimgraph.subscription;

import io.claimgraph.claim.ClaimFilter;
import io.claimgraph.claim.ClaimQueries;
import io.claimgraph.live.LiveEvent;
import io.claimgraph.model.Article;
import io.claimgraph.model.Claim;
import io.claimgraph.store.Filters;
import io.claimgraph.store.ReadOnlyQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows an event names, as a subscription hands them out: read in a transaction of their own, read only. */
@ApplicationScoped
public class LiveLoader {

    /** The ingested article, or nothing when it is gone again (deleted, or the event was only about claims). */
    @Transactional
    @ReadOnlyQuery
    public List<Article> ingestedArticle(LiveEvent event) {
        if (!event.articleIngested()) {
            return List.of();
        }
        Article article = Article.findById(event.articleId());
        return article == null ? List.of() : List.of(article);
    }

    /**
     * The event's claims that match the filter, in article order. The filter is the claims query's own where-clause,
     * so a subscription and the list it complements never disagree on what matches.
     */
    @Transactional
    @ReadOnlyQuery
    public List<Claim> matchingClaims(LiveEvent event, ClaimFilter filter) {
        if (event.claimIds().isEmpty()) {
            return List.of();
        }
        Filters filters = ClaimQueries.filters(filter);
        List<Claim> claims = Claim.<Claim>find("from Claim e where e.id in :eventClaimIds" + filters.and(),
                withIds(filters, event.claimIds())).list();
        return claims.stream().sorted(Comparator.comparingInt(c -> event.claimIds().indexOf(c.id))).toList();
    }

    private static Map<String, Object> withIds(Filters filters, List<Long> ids) {
        Map<String, Object> parameters = new HashMap<>(filters.parameters());
        parameters.put("eventClaimIds", ids);
        return parameters;
    }
}
