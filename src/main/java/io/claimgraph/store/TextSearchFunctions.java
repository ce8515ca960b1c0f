package io.claimgraph.store;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * HQL functions for PostgreSQL full-text search, rendered as the expressions the GIN indexes of
 * {@code db/vendor/postgresql/V1_1__text_search.sql} are built on: {@code text_matches(text, tsquery)} and
 * {@code article_text_matches(headline, body, tsquery)}. HQL has no {@code @@} operator, hence functions.
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
    }
}
