package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.ExtractedClaim;
import io.claimgraph.model.ActorType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution in the forms wire copy writes it, on made-up sentences in the shape of the real ones. */
class WireAttributionTest {

    private static ExtractedClaim claimStarting(ExtractedArticle a, String start) {
        return a.claims().stream().filter(c -> c.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting " + start + " in " + a.claims()));
    }

    private static String asserter(ExtractedArticle a, String start) {
        ExtractedClaim c = claimStarting(a, start);
        return c.assertedBy() == null ? null : c.assertedBy().name();
    }

    @Test
    void aPossessiveInsideACompanyNameKeepsTheNameWhole() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Ratings", List.of(
                "Harlow and Finch's Corp said it lowered the ratings of Norbury Mills Inc debt.",
                "Britain's Consolidated Lighting Plc said profits rose 12 pct."));
        assertEquals("Harlow and Finch's Corp", asserter(a, "Harlow"));
        assertEquals("Consolidated Lighting Plc", asserter(a, "Britain"));
    }

    @Test
    void theAgencyIsTheOrganisationAlreadySpeaking() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Ratings", List.of(
                "Norbury Mills Inc filed for protection from creditors last week.",
                "Harlow and Finch's Corp said it lowered the ratings of Norbury Mills Inc debt.",
                "The grade applies to securities of companies in reorganization, the agency said."));
        assertEquals("Harlow and Finch's Corp", asserter(a, "The grade"));
    }

    @Test
    void aSpeakerBeforeAnAppositiveThatNamesAFirmOfSeveralNames() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Drugs", List.of(
                "Peter Halloran, drug analyst with Wexford Amis, Corley and Dunn in New York, said the product "
                        + "can bring in about 50 mln dlrs in sales annually."));
        ExtractedClaim c = claimStarting(a, "Peter Halloran");
        assertEquals("Peter Halloran", c.assertedBy().name());
        assertEquals(ActorType.PERSON, c.assertedBy().type());
    }

    @Test
    void theFirmsPossessiveBeforeASurnameIsThePerson() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Markets", List.of(
                "Gregory Tallis of Wexford Amis said the market would fall.",
                "\"It contains good news,\" said Amis's Tallis."));
        assertEquals("Gregory Tallis", asserter(a, "\"It contains"));
    }

    @Test
    void aQualifierBeforeATitleStaysInTheSpeakersPhrase() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Merger", List.of(
                "The Transport Department said it opposed the merger.",
                "\"The department has only begun to study the figures,\" acting Deputy Secretary Harold Brisk "
                        + "said in comments filed with the board."));
        assertEquals("Harold Brisk", asserter(a, "\"The department"));
    }

    @Test
    void aQuotationClosedByAStopTakesTheSpeakerOfTheSentenceAfterIt() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Cheese", List.of(
                "\"The department has only begun to study the figures,\" acting Deputy Secretary Harold Brisk said.",
                "\"Labels matter to shoppers, but they are hard to check.\" Consumer Office director Ruth Amberley "
                        + "said in a statement. \"That is why we check them.\""));
        assertEquals("Ruth Amberley", asserter(a, "\"Labels matter"));
        assertEquals("Ruth Amberley", asserter(a, "\"That is why"));
    }
}
