package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.ingest.extract.ActorMention;
import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.ExtractedClaim;
import io.claimgraph.model.ActorType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorEdgeCasesTest {

    @Test
    void emptyAndBlankInput() {
        ExtractedArticle none = Articles.EXTRACTOR.extract("Headline", List.of());
        assertTrue(none.claims().isEmpty() && none.actors().isEmpty() && none.locations().isEmpty());
        List<String> blanks = Arrays.asList("", "   ", null);
        assertTrue(Articles.EXTRACTOR.extract("Headline", blanks).claims().isEmpty());
    }

    @Test
    void unseenPersonAndOrganisationFromTheTextAlone() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Prices", List.of(
                "Copper demand will slow next year, said Maria Keller, an analyst at Nordhavn Risk Partners."));
        ExtractedClaim claim = a.claims().get(0);
        assertEquals("Maria Keller", claim.assertedBy().name());
        assertEquals(ActorType.PERSON, claim.assertedBy().type());
        assertTrue(a.actors().stream().anyMatch(x -> x.name().equals("Nordhavn Risk Partners")
                && x.type() == ActorType.ORGANIZATION), a.actors().toString());
    }

    @Test
    void unnamedSourcesStayApartFromNamedActors() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Talks", List.of(
                "Experts say the talks could fail. Maria Keller said the talks would succeed. "
                        + "Experts cautioned that a deal was unlikely."));
        List<ActorMention> experts = a.actors().stream().filter(x -> x.name().equalsIgnoreCase("experts")).toList();
        assertEquals(1, experts.size(), a.actors().toString());
        assertEquals(ActorType.UNNAMED_SOURCE, experts.get(0).type());
    }

    @Test
    void aNameThatEndsTheTextIsStillRead() {
        // a capitalised run as the last tokens, with no stop after it: the look-ahead for "X, an analyst" or
        // "X said" runs past the sentence's end
        for (String text : List.of("Output was cut in half by Peter Walker",
                "The plan was drawn up by Mrs Walker Pratt",
                "Shares were sold to Northfield Data Systems Inc")) {
            ExtractedArticle a = Articles.EXTRACTOR.extract("Names", List.of(text));
            assertTrue(a.actors().stream().anyMatch(x -> text.endsWith(x.name())), text + " -> " + a.actors());
        }
    }

    @Test
    void pathologicalTextEndsQuickly() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("1,".repeat(3000) + " troops were sent.");
        paragraphs.add("A ".repeat(2000) + "B C D E F G H I J K L M N O P said.");
        paragraphs.add("between 1 and ".repeat(500) + "2 soldiers, at least at least at least 3%.");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Articles.EXTRACTOR.extract("x", paragraphs));
    }
}
