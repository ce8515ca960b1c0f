package io.claimgraph.store;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * HQL functions for PostgreSQL full-text search, rendered as the expressions the GIN indexes of
 * {@code db/vendor/postgresql/V1_1__text_search.sql} are built on: {@code text_matches(text, tsquery)} and
 * {@code article_text_matches(headline, body, tsquery)}; and the search's match and rank over the tsvector columns
 * of {@code V6_1__search_and_autocomplete.sql}. HQL has no {@code @@} operator, hence functions.
 */
@RegisterForReflection
public class TextSearchFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        if (!(functions.getDialect() instanceof PostgreSQLDialect)) {
            return;
        }
        var booleanType = functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN);
        functions.getFunctionRegistry().registerPattern("text_matches",
                "(to_tsvector('simple', ?1) @@ to_tsquery('simple', ?2))", booleanType);
        functions.getFunctionRegistry().registerPattern("article_text_matches",
                "(to_tsvector('simple', ?1 || ' ' || ?2) @@ to_tsquery('simple', ?3))", booleanType);
        // search (SearchText): the stored tsvector columns of V6_1__search_and_autocomplete.sql, whose names are
        // unique across the schema, so they resolve to the searched table's row without an alias
        var floatType = functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.FLOAT);
        for (String table : new String[]{"article", "claim"}) {
            String vector = table + "_search_vector";
            functions.getFunctionRegistry().registerPattern(table + "_search_matches",
                    "(" + vector + " @@ websearch_to_tsquery('english', ?1))", booleanType);
            functions.getFunctionRegistry().registerPattern(table + "_search_rank",
                    "ts_rank_cd(" + vector + ", websearch_to_tsquery('english', ?1))", floatType);
        }
    }
}
