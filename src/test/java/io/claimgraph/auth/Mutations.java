package io.claimgraph.auth;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One call of every mutation the service serves. Ids that do not exist, so that an allowed call answers
 * NOT_FOUND and changes nothing, except the creating ones, which create uniquely named rows.
 */
final class Mutations {

    private Mutations() {
    }

    static Map<String, String> all() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("createActor",
                "mutation { createActor(input: {name: \"Auth probe " + token + "\", type: ORGANIZATION}) { id } }");
        m.put("updateActor", "mutation { updateActor(id: \"999999999\", input: {name: \"Nobody " + token
                + "\", type: PERSON}) { id } }");
        m.put("addActorAlias", "mutation { addActorAlias(id: \"999999999\", alias: \"nobody\") { id } }");
        m.put("mergeActors", "mutation { mergeActors(sourceId: \"999999998\", targetId: \"999999999\") { id } }");
        m.put("deleteActor", "mutation { deleteActor(id: \"999999999\") }");
        m.put("createClaim", "mutation { createClaim(input: {articleId: \"999999999\", text: \"Nothing.\"}) { id } }");
        m.put("updateClaim", "mutation { updateClaim(id: \"999999999\", input: {certainty: REPORTED}) { id } }");
        m.put("deleteClaim", "mutation { deleteClaim(id: \"999999999\") }");
        m.put("deleteArticle", "mutation { deleteArticle(id: \"999999999\") }");
        m.put("addClaimRelation",
                "mutation { addClaimRelation(input: {claimId: \"999999998\", relatedClaimId: \"999999999\","
                        + " kind: CONTRADICTS}) { id } }");
        m.put("removeClaimRelation",
                "mutation { removeClaimRelation(claimId: \"999999998\", relatedClaimId: \"999999999\") { id } }");
        m.put("createLocation",
                "mutation { createLocation(input: {name: \"Auth place " + token + "\", type: CITY}) { id } }");
        m.put("updateLocation", "mutation { updateLocation(id: \"999999999\", input: {name: \"Nowhere " + token
                + "\", type: CITY}) { id } }");
        m.put("deleteLocation", "mutation { deleteLocation(id: \"999999999\") }");
        m.put("ingestArticle",
                "mutation { ingestArticle(input: {url: \"https://auth.example.test/" + token + "\", headline: \"Auth "
                        + token + "\", body: \"Officials said the gate held (" + token + ").\"}) { outcome } }");
        m.put("ingestArticles", "mutation { ingestArticles(inputs: [{url: \"https://auth.example.test/b/" + token
                + "\", headline: \"Batch " + token + "\", body: \"Officials said the batch held (" + token
                + ").\"}]) { outcome } }");
        return m;
    }

    /** The names of the mutations the schema has, so a new one cannot escape these tests. */
    static List<String> served() {
        return post("{ __schema { mutationType { fields { name } } } }", null).jsonPath()
                .getList("data.__schema.mutationType.fields.name");
    }

    static Response post(String query, String token) {
        RequestSpecification request = given().contentType("application/json").body(Map.of("query", query));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    static JsonPath json(Response response) {
        return response.jsonPath();
    }
}
