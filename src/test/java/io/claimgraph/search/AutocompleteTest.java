package io.claimgraph.search;

import static io.claimgraph.GraphQL.errorCode;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * suggestActors and suggestLocations as an autocomplete box calls them, keystroke by keystroke: names and aliases,
 * from the start of a name or (from three letters) inside it, case and diacritics aside, best matches first.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class AutocompleteTest {

    private static final String ACTORS = """
            query($text: String!, $first: Int) {
              suggestActors(text: $text, first: $first) { actor { id name } matched highlight { start end } }
            }""";

    private static final String LOCATIONS = """
            query($text: String!) {
              suggestLocations(text: $text) { location { id name } matched highlight { start end } }
            }""";

    private final String marker = Fixtures.unique();
    private String startsWithMarker;
    private String markerInside;
    private String markerLater;

    /** Once per class; in @BeforeEach because RestAssured reaches the app only from there. */
    @BeforeEach
    void actors() {
        if (markerLater != null) {
            return;
        }
        startsWithMarker = Fixtures.createActor(marker + " Bank", "COMPANY", List.of("Banco " + marker), null);
        markerInside = Fixtures.createActor("Øresund " + marker + " Holdings", "COMPANY", null, null);
        markerLater = Fixtures.createActor("Nordic " + marker + "x Shipping Group", "COMPANY", null, null);
    }

    private JsonPath actors(String text) {
        return ok(ACTORS, vars("text", text));
    }

    @Test
    void aNameThatStartsWithTheTextComesBeforeOneWithAWordThatDoes() {
        JsonPath found = actors(marker);
        assertEquals(List.of(startsWithMarker, markerInside, markerLater),
                found.getList("data.suggestActors.actor.id"));
        assertEquals(marker + " Bank", found.getString("data.suggestActors[0].matched"));
        assertEquals(Map.of("start", 0, "end", marker.length()), found.getMap("data.suggestActors[0].highlight"));
    }

    @Test
    void diacriticsAndCaseAsideAndTheHighlightIsOnTheNameAsStored() {
        JsonPath found = actors("ORESUND " + marker.substring(0, 5));
        assertEquals(List.of(markerInside), found.getList("data.suggestActors.actor.id"));
        String matched = found.getString("data.suggestActors[0].matched");
        Map<String, Integer> span = found.getMap("data.suggestActors[0].highlight");
        assertEquals("Øresund " + marker.substring(0, 5), matched.substring(span.get("start"), span.get("end")));
    }

    @Test
    void anAliasFindsItsActorOnce() {
        JsonPath found = actors("banco " + marker);
        assertEquals(List.of(startsWithMarker), found.getList("data.suggestActors.actor.id"));
        assertEquals("Banco " + marker, found.getString("data.suggestActors[0].matched"));
        // the name and the alias both match the marker: the actor is offered once, by its better match (the name)
        List<String> ids = actors(marker).getList("data.suggestActors.actor.id");
        assertEquals(ids.stream().distinct().count(), ids.size(), ids.toString());
    }

    @Test
    void threeLettersMatchInsideANameFewerOnlyAtItsStart() {
        String inside = marker.substring(4, 9);
        assertEquals(List.of(startsWithMarker, markerInside, markerLater),
                actors(inside).getList("data.suggestActors.actor.id"));
        for (String text : new String[]{"ø", "Or"}) {
            JsonPath found = ok(ACTORS, vars("text", text, "first", 50));
            List<String> matched = found.getList("data.suggestActors.matched");
            assertFalse(matched.isEmpty(), text);
            for (String name : matched) {
                assertTrue(fold(name).startsWith(fold(text)), name + " does not start with " + text);
            }
        }
    }

    @Test
    void locationsAreSuggestedTheSameWay() {
        String sao = ok("mutation($in: LocationInput!) { createLocation(input: $in) { id } }",
                vars("in", Fixtures.locationInput("São " + marker, "CITY", "BR", -23.55, -46.63, null)))
                .getString("data.createLocation.id");
        JsonPath found = ok(LOCATIONS, vars("text", "sao " + marker));
        assertEquals(List.of(sao), found.getList("data.suggestLocations.location.id"));
        Map<String, Integer> span = found.getMap("data.suggestLocations[0].highlight");
        assertEquals(Map.of("start", 0, "end", ("São " + marker).length()), span);
    }

    @Test
    void nothingToMatchOrTooManyIsRefused() {
        for (String text : new String[]{"", "  ", "--", "y".repeat(101)}) {
            JsonPath refused = post(ACTORS, vars("text", text));
            assertEquals("BAD_USER_INPUT", errorCode(refused), text + ": " + refused.prettify());
        }
        JsonPath tooMany = post(ACTORS, vars("text", marker, "first", 51));
        assertEquals("BAD_USER_INPUT", errorCode(tooMany), tooMany.prettify());
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ø", "o")
                .replace("Ø", "O").toLowerCase(Locale.ROOT);
    }
}
