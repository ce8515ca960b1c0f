package io.claimgraph.ingest.reuters;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sends a wire article through the real API (ingestArticle), then reads back what was stored for it. */
final class WireIngest {

    private static final String INGEST = """
            mutation($in: ArticleInput!) { ingestArticle(input: $in) { outcome warnings article { id } } }""";
    private static final String STORED = """
            query($id: ID!) { article(id: $id) {
              claims { text assertedBy { name type } }
              actors { name type }
              locations { name type countryCode } } }""";
    private static final Set<String> ORGANISATION_TYPES = Set.of(
            "COMPANY", "ORGANIZATION", "GOVERNMENT", "MEDIA_OUTLET", "INTELLIGENCE_AGENCY");

    private WireIngest() {
    }

    static WireScore.Stored ingest(WireArticle article) {
        JsonPath ingested = ok(INGEST, vars("in", vars("url", article.url(), "headline", article.headline(),
                "body", article.body())));
        String outcome = ingested.getString("data.ingestArticle.outcome");
        if (!List.of("CREATED", "DUPLICATE", "UPDATED").contains(outcome)) {
            throw new AssertionError(article.url() + " was not ingested: " + outcome);
        }
        String id = ingested.getString("data.ingestArticle.article.id");
        JsonPath stored = ok(STORED, vars("id", id));
        List<WireScore.Claim> claims = new ArrayList<>();
        for (Map<String, Object> c : stored.<Map<String, Object>>getList("data.article.claims")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> asserter = (Map<String, Object>) c.get("assertedBy");
            claims.add(new WireScore.Claim((String) c.get("text"),
                    asserter == null ? null : (String) asserter.get("name")));
        }
        List<String> people = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        for (Map<String, Object> a : stored.<Map<String, Object>>getList("data.article.actors")) {
            String type = (String) a.get("type");
            if (type.equals("PERSON")) {
                people.add((String) a.get("name"));
            } else if (ORGANISATION_TYPES.contains(type)) {
                organisations.add((String) a.get("name"));
            }
        }
        Set<String> countries = new HashSet<>();
        for (Map<String, Object> l : stored.<Map<String, Object>>getList("data.article.locations")) {
            if (l.get("countryCode") != null) {
                countries.add((String) l.get("countryCode"));
            }
        }
        return new WireScore.Stored(claims, people, organisations, countries);
    }
}
