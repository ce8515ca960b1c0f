package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.ingest.extract.ActorMention;
import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.ExtractedClaim;
import io.claimgraph.model.ActorType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the names of companies and people begin and end in wire copy, on made-up sentences of the real shapes. */
class WireNamesTest {

    private static List<String> names(ExtractedArticle a, ActorType type) {
        return a.actors().stream().filter(m -> m.type() == type).map(ActorMention::name).toList();
    }

    @Test
    void aPlaceOrADutchJoinInsideACompanyNameKeepsTheNameWhole() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Paper", List.of(
                "Bank Velders en Stam NV, a fully-owned subsidiary of Verenigde Bank Nederland NV, said it launched "
                        + "a 100 mln guilder commercial paper program.",
                "Karl Hoefer of Market Forecasts Europe Inc said demand would hold."));
        List<String> companies = names(a, ActorType.COMPANY);
        assertTrue(companies.containsAll(List.of("Bank Velders en Stam NV", "Verenigde Bank Nederland NV",
                "Market Forecasts Europe Inc")), companies.toString());
        assertEquals("Bank Velders en Stam NV", Articles.claimStarting(a, "Bank Velders").assertedBy().name());
        assertFalse(a.actors().stream().anyMatch(m -> m.name().equals("Verenigde Bank")), a.actors().toString());
    }

    @Test
    void companiesJoinedByAndOrAPossessiveStayTwoCompanies() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Offering", List.of(
                "The offering is led by Harlow Finch Brothers International Inc and Norbury Capital Markets Ltd.",
                "Westbrook Manufacturing Corp's Lottery Systems Inc said it won the contract."));
        List<String> companies = names(a, ActorType.COMPANY);
        assertTrue(companies.containsAll(List.of("Harlow Finch Brothers International Inc",
                "Westbrook Manufacturing Corp", "Lottery Systems Inc")), companies.toString());
        assertEquals("Lottery Systems Inc", Articles.claimStarting(a, "Westbrook").assertedBy().name());
    }

    @Test
    void aCompanyBeforeATitleIsTheCompanyAndItsOfficer() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Bank", List.of(
                "Norbury Bancorp Corp Chairman A.W. Halloran said the bank holding company is back on the road "
                        + "to profitability."));
        ExtractedClaim c = Articles.claimStarting(a, "Norbury");
        assertEquals("A.W. Halloran", c.assertedBy().name());
        assertEquals(ActorType.PERSON, c.assertedBy().type());
        assertTrue(names(a, ActorType.COMPANY).contains("Norbury Bancorp Corp"), a.actors().toString());
    }

    @Test
    void thePluralThatOpensASentenceIsNoPartOfTheCompanyAfterIt() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Stocks", List.of(
                "Shares of Westbrook Optical Corp rose two dlrs after the report, traders said."));
        assertEquals(List.of("Westbrook Optical Corp"), names(a, ActorType.COMPANY));
    }

    @Test
    void twoTitledPeopleJoinedByAndAreNotOneOrganisation() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Currencies", List.of(
                "Talks between Treasury Secretary James Harlow and Federal Reserve Board Chairman Paul Norbury "
                        + "ended without an accord, officials said."));
        List<String> people = names(a, ActorType.PERSON);
        assertTrue(people.containsAll(List.of("James Harlow", "Paul Norbury")), a.actors().toString());
        assertTrue(a.actors().stream().anyMatch(m -> m.name().equals("Federal Reserve Board")),
                a.actors().toString());
    }

    @Test
    void aListOfUnderwritersWithItsOwnVerbIsNoAppositive() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Preferred", List.of(
                "Harlow Power and Light Co said it will offer 500,000 shares of preferred stock.",
                "The First Norbury Corp, Westbrook Amis Inc and Finch Capital Markets are the underwriters offering "
                        + "the stock, said Harlow Power."));
        ExtractedClaim c = Articles.claimStarting(a, "The First Norbury");
        assertEquals("Harlow Power", c.assertedBy().name());
    }

    @Test
    void theFirstOfTwoSurnamesNamesTheSameSpeakerLater() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Rates", List.of(
                "Venezuela's cabinet approved a new exchange rate, Energy Minister Arturo Velarde Ortiz said.",
                "Velarde told reporters after the meeting that the measure would help the industry."));
        ExtractedClaim c = Articles.claimStarting(a, "Velarde told");
        assertEquals("Arturo Velarde Ortiz", c.assertedBy().name());
        assertEquals(ActorType.PERSON, c.assertedBy().type());
    }

    @Test
    void aPlaceAndAWordThatBeginACompanysNameAreThatCompany() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Thrift", List.of(
                "Norbury Capital Corp said it agreed to buy Montana Federal Savings and Loan Association.",
                "The Federal Home Loan Bank Board must approve the deal.",
                "Montana Federal said the proceeds would let it lend more."));
        assertEquals("Montana Federal Savings and Loan Association",
                Articles.claimStarting(a, "Montana Federal said").assertedBy().name());
    }
}
