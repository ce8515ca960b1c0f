package io.claimgraph.article;

import io.claimgraph.error.NotFoundException;
import io.claimgraph.model.Article;
import io.claimgraph.model.Claim;
import io.claimgraph.model.ClaimsRemoving;
import io.claimgraph.store.Ids;
import io.claimgraph.store.PageRequest;
import io.claimgraph.store.ReadOnlyQuery;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ArticleApi {

    private final ArticleQueries queries;
    private final ArticleSearch search;
    private final Event<ClaimsRemoving> claimsRemoving;

    public ArticleApi(ArticleQueries queries, ArticleSearch search, Event<ClaimsRemoving> claimsRemoving) {
        this.queries = queries;
        this.search = search;
        this.claimsRemoving = claimsRemoving;
    }

    @Query
    @ReadOnlyQuery
    public Article article(@NonNull @Id String id) {
        return Article.findById(Ids.parse("id", id));
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    public ArticleConnection articles(ArticleFilter filter, @DefaultValue("20") Integer first, String after,
            @Description("The last rows (before `before`, or of the whole list); wins over `first`.") Integer last,
            @Description("Cursor (a startCursor) of the row the page ends before, for paging backward with `last`.") String before,
            @Description("Sort keys, most significant first (at most 3); newest published first when absent. Rows that tie on every key are ordered by id.") List<ArticleOrder> orderBy) {
        return ArticleConnection.of(queries.list(filter, new PageRequest(first, after, last, before), orderBy));
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    @Description("Articles whose headline or body match the search text, most relevant first (a headline match weighs more). Syntax as in web search: words that must all occur, a \"quoted phrase\", `or` between alternatives (`a b or c` is `(a and b) or c`), `-word` to leave out; on PostgreSQL a word also finds its other English forms (\"troops\" finds \"troop\"). Combines with the filter; paged forward with first/after. Searches the newest 10,000 rows that pass the filter (claimgraph.search.horizon; `scope` says where it stopped, `olderThan` searches older rows); the hits are the newest 1,000 matches among them (claimgraph.search.window), ranked.")
    public ArticleSearchConnection searchArticles(@NonNull String text, ArticleFilter filter,
            @DefaultValue("20") Integer first, String after,
            @Description("Search only rows older than this: a previous search's scope.searchedFrom.") OffsetDateTime olderThan) {
        return search.search(text, filter, first, after, olderThan);
    }

    @Mutation
    @Transactional
    public boolean deleteArticle(@NonNull @Id String id) {
        Article article = Article.findById(Ids.parse("id", id));
        if (article == null) {
            throw new NotFoundException("id", "article", id);
        }
        // claims, their quantities and relations, and the article's actor/location links go with it (on delete cascade);
        // the claims of other articles its claims were related to get their status refreshed (relation observes)
        claimsRemoving.fire(new ClaimsRemoving(Claim.idsOfArticle(article.id)));
        article.delete();
        return true;
    }
}
