package io.claimgraph.article;

import io.claimgraph.model.Article;
import io.claimgraph.store.SearchPager;
import io.claimgraph.store.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Article search: the search text matched and ranked by the database, combined with the list's filter. */
@ApplicationScoped
public class ArticleSearch {

    /** What H2 searches, with each column's weight in the rank; PostgreSQL weighs its tsvector the same way. */
    private static final Map<String, Integer> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("lower(%s.headline)", 4);
        COLUMNS.put("lower(%s.body)", 1);
    }

    private final SearchPager pager;

    public ArticleSearch(SearchPager pager) {
        this.pager = pager;
    }

    public ArticleSearchConnection search(String text, ArticleFilter filter, Integer first, String after,
            OffsetDateTime olderThan) {
        SearchText search = SearchText.parse("text", text);
        return new ArticleSearchConnection(
                pager.page(Article.class, "e.sortAt desc, e.id desc", "article-search", search,
                        search.query("article", COLUMNS),
                        ArticleQueries.filters(filter), row -> row.id, first, after, olderThan),
                search.highlightWords());
    }
}
