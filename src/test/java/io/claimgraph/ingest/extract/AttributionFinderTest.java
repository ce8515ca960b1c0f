package io.claimgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionFinderTest {

    private final AttributionFinder finder = new AttributionFinder();

    private List<Attribution> find(String sentence) {
        TaggedSentence s = Tagging.tag(sentence);
        return finder.find(s, 0, s.size());
    }

    private Attribution first(String sentence) {
        List<Attribution> found = find(sentence);
        assertTrue(!found.isEmpty(), "no attribution in: " + sentence);
        return found.get(0);
    }

    private static String source(String sentence, Attribution a) {
        TaggedSentence s = Tagging.tag(sentence);
        return s.span(a.sourceFrom(), a.sourceTo());
    }

    /** The first attribution's source as written, the check most forms need. */
    private void assertSource(String expected, String sentence) {
        assertEquals(expected, source(sentence, first(sentence)), sentence);
    }

    @Test
    void accordingToKeepsThePhraseButNotTheQualifier() {
        String sentence = "Troops returned to the front, according to Ukrainian special forces in the region.";
        Attribution a = first(sentence);
        assertEquals(Attribution.Form.ACCORDING_TO, a.form());
        assertEquals("Ukrainian special forces in the region", a.phrase());
        assertEquals("Ukrainian special forces", source(sentence, a));
    }

    @Test
    void subjectBeforeTheVerbWithAuxiliary() {
        String sentence = "South Korea's intelligence agency has indicated that the North sent more troops.";
        Attribution a = first(sentence);
        assertEquals(Attribution.Form.SUBJECT_VERB, a.form());
        assertEquals("South Korea's intelligence agency", a.phrase());
        assertEquals("indicated", a.cue());
    }

    @Test
    void subjectWithAppositive() {
        String sentence = "Maria Keller, an analyst at Nordhavn Risk Partners, said demand would fall.";
        Attribution a = first(sentence);
        assertEquals("Maria Keller, an analyst at Nordhavn Risk Partners", a.phrase());
        assertEquals("Maria Keller", source(sentence, a));
    }

    @Test
    void invertedSaidWithTitle() {
        String sentence = "\"Demand will fall,\" said Maria Keller, chief economist at Nordhavn Risk Partners.";
        Attribution a = first(sentence);
        assertEquals(Attribution.Form.VERB_SUBJECT, a.form());
        assertEquals("Maria Keller", source(sentence, a));
        assertEquals("Maria Keller, chief economist at Nordhavn Risk Partners", a.phrase());
    }

    @Test
    void unnamedSourcesAndNominalSources() {
        assertEquals("experts",
                first("Experts caution against underestimating their capabilities.").phrase().toLowerCase());
        assertEquals("reports", first("Additionally, reports indicate that troops had been redeployed.").phrase());
        Attribution nominal = first("This follows assertions that the forces had sustained losses.");
        assertEquals(Attribution.Form.NOMINAL, nominal.form());
        assertEquals("assertions", nominal.phrase());
    }

    @Test
    void withSourceGerund() {
        String sentence = "Losses were heavy, with prior estimates suggesting about 1,000 were killed.";
        assertEquals("prior estimates", first(sentence).phrase());
    }

    @Test
    void accordingToWinsOverAnEarlierSubject() {
        Attribution a = first("Reports indicate that troops had returned, according to Ukrainian special forces.");
        assertEquals(Attribution.Form.ACCORDING_TO, a.form());
    }

    @Test
    void passivesAndThingsThatCannotSpeakAreNoSources() {
        assertTrue(find("The troops were reinforced, with heavy casualties previously reported.").isEmpty());
        assertTrue(find("Losses could be higher than previously acknowledged.").isEmpty());
        assertTrue(find("The attack is believed to have killed dozens.").isEmpty());
    }

    @Test
    void quotedAsSayingNamesTheOneQuoted() {
        assertSource("The minister", "The minister was quoted as saying the rates would not change.");
        assertSource("Tanaka", "The Kyodo news agency quoted Tanaka as saying the talks had failed.");
    }

    @Test
    void qualifierAfterTheSourceStaysOutOfIt() {
        String sentence = "Administration officials familiar with the negotiations said the measures made no sense.";
        Attribution a = first(sentence);
        assertEquals("Administration officials", source(sentence, a));
        assertEquals("Administration officials familiar with the negotiations", a.phrase());
    }

    @Test
    void initialsAndTickerCodesStayInsideTheSubject() {
        assertSource("The J.P. Morgan spokesman",
                "The J.P. Morgan spokesman explained that the notes were guaranteed.");
        String ticker = "The program should pay off next year, Broken Hill Pty Co Ltd <BRKN.S> officials said.";
        assertTrue(source(ticker, first(ticker)).startsWith("Broken Hill Pty Co Ltd"), source(ticker, first(ticker)));
    }

    @Test
    void aCapitalisedArticleIsNoSource() {
        assertSource("Paul Spedding of Kleinwort",
                "\"The estimated amount of oil is around 320 mln barrels,\" Paul Spedding of Kleinwort told Reuters.");
    }

    @Test
    void aSecondPredicateKeepsTheClauseSubject() {
        String sentence = "He declined to give details but said the cuts would be made this year.";
        Attribution a = first(sentence);
        assertEquals("He", source(sentence, a));
        assertEquals("said", a.cue());
    }

    @Test
    void participleAppositionBeforeSaid() {
        assertSource("Smith", "Smith, speaking at a news conference, said profits would rise.");
    }

    @Test
    void anyCommonNounBeforeSaidSpeaks() {
        // no list names "growers" or "the utility": "said" has no subject that does not speak
        assertSource("growers", "Frost cut the crop by a third, growers said.");
        assertSource("The utility", "The utility said it would sell the plant.");
        // other reporting verbs keep their stricter subject check: "the plan reported" is no source
        assertTrue(find("Sales rose as the plan reported earlier was adopted.").isEmpty());
    }

    @Test
    void timePhrasesAroundTheSubjectAreSkipped() {
        assertSource("Northfield Data Systems", "Northfield Data Systems today said it had bought a printer maker.");
        assertSource("the utility", "On Friday the utility said it would sell the plant.");
        assertSource("Halvorsen", "Halvorsen last month said the sale was off.");
    }

    @Test
    void relativeClausesAndLongSubjectsBeforeTheVerb() {
        assertSource("Senate aides", "Senate aides who asked not to be identified said the bill would pass.");
        assertSource("Deputy director Anna Berg at the Bank of Ruritania's foreign exchange department",
                "Deputy director Anna Berg at the Bank of Ruritania's foreign exchange department said rates rose.");
        assertSource("A group led by investor Carl Moss",
                "A group led by investor Carl Moss said it held six pct of the shares.");
        String sentence = "Output will fall, a report by Harbour Shipping Consultants said.";
        Attribution a = first(sentence);
        assertEquals("report", Tagging.tag(sentence).lower(a.head()));
    }

    @Test
    void titleWordsAfterAnInvertedSaid() {
        assertSource("lead underwriter Harbour Securities Inc.",
                "Northfield Data is raising 50 mln dlrs through notes, said lead underwriter Harbour Securities Inc.");
    }

    @Test
    void companyNamesWithCodesBracketsAndCompoundModifiers() {
        assertSource("Norbury Mills Plc",
                "<Norbury Mills Plc>, a subsidiary of Harlow Holdings Plc <HARL.L>, said it sold a plant.");
        assertSource("<Halvorsen Ltd> of Springfield", "<Halvorsen Ltd> of Springfield said it had sold the unit.");
        assertSource("Ruritanian state-owned mining group Norbury",
                "Ruritanian state-owned mining group Norbury <NORB.RU> said output rose.");
    }

    @Test
    void aDayOrAnOpeningPhraseBeforeTheSubject() {
        assertSource("Halvorsen", "On Wednesday Halvorsen said it had bought 54 pct of the shares.");
        assertSource("the Harlow institute", "In a report the Harlow institute said exports would not fall.");
    }

    @Test
    void subjectsTheTaggerMisreads() {
        // a name the tagger calls a determiner, "one" as a pronoun, a participle as an adjective, a possessive pronoun
        String sentence = "The probe began in February, Halvorsen said.";
        assertTrue(find(sentence).stream().anyMatch(a -> source(sentence, a).equals("Halvorsen")), find(sentence)
                .toString());
        assertSource("one trader", "\"Buyers stay away,\" one trader said.");
        assertSource("A leading Ruritanian broker", "A leading Ruritanian broker said rates would rise.");
        assertSource("its annual report", "Reserves declined in 1986, its annual report said.");
    }

    @Test
    void titlesWithParticiplesCompoundsAndAnAppositiveOpeningWithOf() {
        assertSource("Norbury managing director Anna Berg",
                "Norbury managing director Anna Berg told reporters prices rose.");
        assertSource("Harlow director-general for trade Jean-Luc Moss",
                "Harlow director-general for trade Jean-Luc Moss told reporters here that talks had stalled.");
        assertSource("Anna Berg", "Anna Berg, of Harlow bank Norbury-Finch (NF), told Reuters rates would rise.");
    }
}
