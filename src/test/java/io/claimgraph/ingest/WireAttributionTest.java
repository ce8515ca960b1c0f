package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.ExtractedClaim;
import io.claimgraph.model.ActorType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution in the forms wire copy writes it, on made-up sentences in the shape of the real ones. */
class WireAttributionTest {

    private static String asserter(ExtractedArticle a, String start) {
        ExtractedClaim c = Articles.claimStarting(a, start);
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
        ExtractedClaim c = Articles.claimStarting(a, "Peter Halloran");
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

    @Test
    void aTitleAfterAnOrganisationNamesAPersonNotAPartOfTheName() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Rates", List.of(
                "Bank of Norland Governor Peter Lindqvist said rates would not change. He said the currency was stable.",
                "Harbour Chancellor of the Exchequer Nigel Ashdown said the fall was absurd. He said there was no "
                        + "recession."));
        assertEquals("Peter Lindqvist", asserter(a, "Bank of Norland"));
        assertEquals("Peter Lindqvist", asserter(a, "He said the currency"));
        assertEquals("Nigel Ashdown", asserter(a, "Harbour Chancellor"));
        assertEquals("Nigel Ashdown", asserter(a, "He said there"));
        assertTrue(a.actors().stream().anyMatch(x -> x.name().equals("Nigel Ashdown") && x.type() == ActorType.PERSON),
                a.actors().toString());
    }

    @Test
    void aWireCapitalAfterAnAbbreviationIsNoName() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Textiles", List.of(
                "A U.S. Diplomat said the U.S. And Norland had had months of talks on the issue. He said that the "
                        + "pact extended controls to silk.",
                "Norland had flooded the market with linen, the diplomat said."));
        assertEquals("U.S. Diplomat", asserter(a, "A U.S. Diplomat"));
        assertEquals(ActorType.UNNAMED_SOURCE, Articles.claimStarting(a, "A U.S. Diplomat").assertedBy().type());
        assertEquals("U.S. Diplomat", asserter(a, "He said that"));
        assertEquals("U.S. Diplomat", asserter(a, "Norland had flooded"));
    }

    @Test
    void aPublicBodyNamedOnlyByWhatItDoesIsAnUnnamedSource() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Tax", List.of(
                "Finance minister Michael Wilburn told the House of Commons the tax was flawed.",
                "Tax credits will be increased to 70 dlrs, the finance department said."));
        ExtractedClaim c = Articles.claimStarting(a, "Tax credits");
        assertEquals("finance department", c.assertedBy().name());
        assertEquals(ActorType.UNNAMED_SOURCE, c.assertedBy().type());
    }

    @Test
    void aCommonNounReachesTheOrganisationWhoseNameItDescribes() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Strike", List.of(
                "Members of the Norland Association of Broadcast Employees began a strike at Northfield Broadcasting Co.",
                "The union said the contract was unacceptable.",
                "Norland Trade Commission officials met the two sides. The Commission spokesman said talks would "
                        + "resume.",
                "The strike will cost the network three mln dlrs, bank economists said."));
        assertEquals("Norland Association of Broadcast Employees", asserter(a, "The union said"));
        assertEquals("Norland Trade Commission", asserter(a, "The Commission spokesman"));
        assertEquals(ActorType.UNNAMED_SOURCE, Articles.claimStarting(a, "The strike will cost").assertedBy().type());
    }

    @Test
    void moreReportingVerbsOfTheWire() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Outlook", List.of(
                "Northfield Data Systems Inc sees earnings rising 20 pct this year.",
                "Halvorsen Mills Corp agreed that the offer was too low.",
                "Halvorsen Mills Corp agreed to buy a mill in Norland."));
        assertEquals("Northfield Data Systems Inc", asserter(a, "Northfield"));
        assertEquals("Halvorsen Mills Corp", asserter(a, "Halvorsen Mills Corp agreed that"));
        assertNull(Articles.claimStarting(a, "Halvorsen Mills Corp agreed to").attribution());
    }

    @Test
    void aPaperWithAPossessiveInItsNameIsOneNameAndTheNewspaper() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Trade", List.of(
                "Norland took a serious view of the protocol, the Citizen's Daily said.",
                "The newspaper said Norland signed the protocol on May 31."));
        assertEquals("Citizen's Daily", asserter(a, "Norland took"));
        assertEquals("Citizen's Daily", asserter(a, "The newspaper"));
    }

    @Test
    void aShortNameEndingInAPossessiveIsTheCompanyNamedInFull() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Ratings", List.of(
                "Halloran's Ratings Service Inc said it affirmed the debt of Norbury Mills Inc.",
                "The approval may enhance the mill's prospects, Halloran's added."));
        assertEquals("Halloran's Ratings Service Inc", asserter(a, "The approval"));
    }

    @Test
    void aSpeakerInsideTheQuoteDoesNotSpeakForIt() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Currencies", List.of(
                "Finance Minister Peter Harlan raised rates on Monday.",
                "\"The market has been told by Harlan that he will defend the krone. He has just declared the pact "
                        + "dead,\" said Dana Whitfield, an analyst at Corbel Ridge Partners."));
        ExtractedClaim quote = a.claims().stream().filter(c -> c.text().contains("declared the pact")).findFirst()
                .orElseThrow();
        assertEquals("Dana Whitfield", quote.assertedBy().name());
    }

    @Test
    void theOneToldIsNotTheSpeaker() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Currencies", List.of(
                "Finance Minister Peter Harlan raised rates on Monday.",
                "But a Northfield Bank official took a calmer view, telling reporters that the krone would "
                        + "recover within weeks."));
        assertEquals("Northfield Bank", asserter(a, "But a Northfield Bank official"));
    }

    @Test
    void aCommonWordCapitalisedAfterTheCountrysInitialsIsNoName() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Oil", List.of(
                "Dana Whitfield said she was impressed by the sensible U.S. Response.",
                "An official with one U.S. Vehicle manufacturer said the system is a technical improvement."));
        assertTrue(a.actors().stream().noneMatch(x -> x.name().contains("Response") || x.name().equals("Vehicle")),
                a.actors().toString());
        assertTrue(a.actors().stream().anyMatch(x -> x.type() == ActorType.STATE && "US".equals(x.countryCode())),
                a.actors().toString());
    }

    @Test
    void leadersAndThePressAreUnnamedSources() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Budget", List.of(
                "Congressional Democratic leaders announced a compromise has been reached on the budget.",
                "If the president rejects the tax rise, spending would drop by five billion dlrs, the leaders said.",
                "Output fell and the Norland press has said heavy rain has affected the harvest."));
        assertEquals(ActorType.UNNAMED_SOURCE, Articles.claimStarting(a, "Congressional").assertedBy().type());
        assertEquals(Articles.claimStarting(a, "Congressional").assertedBy().name(), asserter(a, "If the president"));
        assertEquals(ActorType.UNNAMED_SOURCE, Articles.claimStarting(a, "Output fell").assertedBy().type());
    }

    @Test
    void anAcronymLeavesOutTheCountrysInitialsBeforeAName() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Trade", List.of(
                "The U.S. Federal Trade Commission opened an inquiry into Norbury Mills Inc.",
                "The FTC said the merger would raise prices."));
        assertEquals("U.S. Federal Trade Commission", asserter(a, "The FTC"));
    }

    @Test
    void aPersonOfACompanyIsAPersonWhoWorksThereAndHeIsThatPerson() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Orders", List.of(
                "\"Orders will stay weak,\" said Gregory Tallis of Wexford Amis Securities Inc. \"Spending is slowing "
                        + "down.\"",
                "Tallis pointed to lower backlogs. Backlogs fell 0.6 pct in January, he said."));
        assertEquals("Gregory Tallis", asserter(a, "\"Orders will"));
        assertEquals(ActorType.PERSON, Articles.claimStarting(a, "\"Orders will").assertedBy().type());
        assertEquals("Gregory Tallis", asserter(a, "Backlogs fell"));
        assertTrue(a.actors().stream().anyMatch(m -> m.name().startsWith("Wexford Amis Securities")
                && m.type() == ActorType.COMPANY), a.actors().toString());
    }

    @Test
    void anyCommonNounBeforeSaidIsAnUnnamedSourceOrTheCompany() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Power", List.of(
                "Northfield Power Co said it would close its Harlow plant.",
                "The utility said the plant had lost money for three years.",
                "Frost cut the crop by a third, growers said."));
        assertEquals("Northfield Power Co", asserter(a, "The utility said"));
        assertEquals("growers", asserter(a, "Frost cut"));
        assertEquals(ActorType.UNNAMED_SOURCE, Articles.claimStarting(a, "Frost cut").assertedBy().type());
    }

    @Test
    void initialsJoinedByAndAClippedNameAndASourceNounOpeningTheSentence() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Ratings", List.of(
                "Harlow and Finch Corp said it lowered the ratings of Norbury Mills Inc debt.",
                "The grade reflects weaker cash flow, H and F said.",
                "The Federal Reserve Board said bank borrowings fell.",
                "The Fed said extended credits rose 10 mln dlrs.",
                "Bankers said the move was a change of tactic."));
        assertEquals("Harlow and Finch Corp", asserter(a, "The grade"));
        assertEquals("Federal Reserve Board", asserter(a, "The Fed said"));
        assertEquals(ActorType.UNNAMED_SOURCE, Articles.claimStarting(a, "Bankers").assertedBy().type());
    }

    @Test
    void itIsTheOneThingThatSpokeWhenNoOrganisationIsNamed() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Sugar", List.of(
                "Raw sugar output is likely to be unchanged this year, the embassy report said.",
                "It said imports may rise."));
        assertEquals("embassy report", asserter(a, "It said imports"));
    }

    @Test
    void aMisspeltSourceIsTheSourceNamedBeforeButAPluralIsAnother() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Tax", List.of(
                "A value added tax would be costly, the finance department said.",
                "The finance deparment said the other two proposals were simpler.",
                "Rates will rise, an economist said.",
                "Rates will fall, economists said."));
        assertEquals("finance department", asserter(a, "The finance deparment"));
        assertEquals("economist", asserter(a, "Rates will rise"));
        assertEquals("economists", asserter(a, "Rates will fall"));
    }
    @Test
    void aPersonInAppositionToATitleOfAnOrganisationSpeaksForHimself() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Borrowing", List.of(
                "Norland aims to cut foreign borrowing this year, the Governor of the Bank of Norland, Anders "
                        + "Vikstrom, said. He said the funds will go to debts due after 1990.",
                "Wool exports will fall sharply, the chairman of the marketing committee, Pat Quirke, said."));
        assertEquals("Anders Vikstrom", asserter(a, "Norland aims"));
        assertEquals("Anders Vikstrom", asserter(a, "He said"));
        assertEquals(ActorType.PERSON, Articles.claimStarting(a, "Norland aims").assertedBy().type());
        assertEquals("Pat Quirke", asserter(a, "Wool exports"));
    }

    @Test
    void aTitleAfterANameIsThatPersonNotTheOrganisationTheTitleNames() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Cattle", List.of(
                "Losses can be attributed to the storm, Tom Derling, director of communications for the Dakota "
                        + "Cattlemen's Association said.",
                "Lars Hovde, director-general of Norgass, the state petroleum agency, indicated in an interview "
                        + "that imports would start this year."));
        assertEquals("Tom Derling", asserter(a, "Losses"));
        assertEquals("Lars Hovde", asserter(a, "Lars Hovde"));
    }
    @Test
    void aPersonNamedInAppositionAfterAnyNounForAPersonSpeaks() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Farm credit", List.of(
                "Another board member, Tim Garrow, said Congress should plan to spend 800 mln dlrs.",
                "Another exchange official, executive vice president Dale Pirnie, said the issue would be discussed.",
                "Another analyst, Roger Kell at Hume Baird Ltd, noted that investors are holding dollars."));
        assertEquals("Tim Garrow", asserter(a, "Another board member"));
        assertEquals("Dale Pirnie", asserter(a, "Another exchange official"));
        assertEquals("Roger Kell", asserter(a, "Another analyst"));
    }

    @Test
    void aSurnameThatIsAlsoAPlaceOrAHyphenedFirstNameStaysInThePersonsName() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Landslides", List.of(
                "Information Minister Marco Lara told reporters the number of dead is not known.",
                "Shares will be bought, chief financial officer Ramon del Rosario said.",
                "Farm trade is at risk, director-general for agriculture Jean-Marc Lucq said."));
        assertEquals("Marco Lara", asserter(a, "Information Minister"));
        assertEquals("Ramon del Rosario", asserter(a, "Shares will"));
        assertEquals("Jean-Marc Lucq", asserter(a, "Farm trade"));
    }
    @Test
    void aNameBeforeSpokesmanIsTheOrganisationHeSpeaksFor() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Sneakers", List.of(
                "Customs have turned away 100,000 pairs of fake sneakers, the Brantell spokesman said.",
                "He said customs had sent them back."));
        ExtractedClaim c = Articles.claimStarting(a, "Customs have");
        assertEquals("Brantell", c.assertedBy().name());
        assertEquals(ActorType.ORGANIZATION, c.assertedBy().type());
        assertEquals("Brantell", asserter(a, "He said"));
    }
    @Test
    void subjectsBehindAnAdverbialAppositiveAnOpeningPhraseOrAtTheEndOfTheSentence() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Gold", List.of(
                "Harrowgate Resources Ltd, earlier reporting a 1986 loss of 25.6 mln dlrs, said it adopted a more "
                        + "conservative accounting policy.",
                "Brenmoor Corp, formerly known as Brenmoor Rubber Co, said it signed agreements to sell a plant.",
                "In a separate interview Pauline Merrow said the deficit for this year was 3.5 billion.",
                "The quakes were felt over an area of 100 square km, the seismologist added."));
        assertEquals("Harrowgate Resources Ltd", asserter(a, "Harrowgate"));
        assertEquals("Brenmoor Corp", asserter(a, "Brenmoor Corp"));
        assertEquals("Pauline Merrow", asserter(a, "In a separate"));
        assertEquals(ActorType.UNNAMED_SOURCE, Articles.claimStarting(a, "The quakes").assertedBy().type());
    }
    @Test
    void wordsTheTaggerMisreadsInsideASourceStillNameIt() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Markets", List.of(
                "The new market will open on April 1 in the port city, the People's Daily overseas edition said.",
                "The government daily Gazeta said a considerable amount of winter crops need to be reseeded.",
                "The official, who asked to remain anonymous, added: \"An announcement will be made in 10 days.\"",
                "\"Prices will move back to around 120 cents within a few weeks,\" the roaster added.",
                "Over the past five years Pauline Merrow said the company had grown 32 pct a year."));
        assertEquals("People's Daily", asserter(a, "The new market"));
        assertEquals("Gazeta", asserter(a, "The government daily"));
        assertEquals(ActorType.UNNAMED_SOURCE, Articles.claimStarting(a, "The official").assertedBy().type());
        assertEquals(ActorType.UNNAMED_SOURCE, Articles.claimStarting(a, "\"Prices").assertedBy().type());
        assertEquals("Pauline Merrow", asserter(a, "Over the past"));
    }
    @Test
    void heIsTheNameThatSpokeEvenWhenNothingSaidItWasAPerson() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Coffee", List.of(
                "Exports will be reviewed, Jorvo Daustel said. He said the plan would lead to overproduction."));
        assertEquals("Jorvo Daustel", asserter(a, "He said"));
    }
    @Test
    void appositivesOpenedByAnAdverbOrPrepositionAStrayCommaAfterACompanyAndLongSourcesAfterSaid() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Loss", List.of(
                "Varley Corp, formerly Maston-Fergus Ltd, said it expected to report a loss for the fourth quarter.",
                "Morrow Guaranty Ltd, through a special financing subsidiary, said it is issuing floating rate notes.",
                "Output will grow three pct in real terms this year, said economic information company Data Sources "
                        + "Norland Inc."));
        assertEquals("Varley Corp", asserter(a, "Varley Corp"));
        assertEquals("Morrow Guaranty Ltd", asserter(a, "Morrow Guaranty"));
        ExtractedArticle stray = Articles.EXTRACTOR.extract("Settlement", List.of(
                "Selden Rourke and Co, said it reached an out-of-court settlement over the labeling of garments."));
        assertEquals("Selden Rourke and Co", asserter(stray, "Selden"));
        assertEquals(ActorType.COMPANY, Articles.claimStarting(a, "Output will grow").assertedBy().type());
    }

    @Test
    void aLegislatorsPartyStateAndRoleBetweenCommasLeaveTheLegislatorSpeaking() {
        ExtractedArticle a = Articles.EXTRACTOR.extract("Farm bill", List.of(
                "Rep. Daniel Harlow, D-Kan., Chairman of the House grains subcommittee, has introduced a bill which "
                        + "would freeze loan rates, saying it would save 500 mln dlrs."));
        assertEquals(1, a.claims().size(), a.claims().toString());
        assertEquals("Daniel Harlow", asserter(a, "Rep. Daniel Harlow"));
    }
}
