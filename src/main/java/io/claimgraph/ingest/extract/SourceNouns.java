package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Part of {@link ActorResolver}: the common nouns a source phrase uses for organisations, public bodies, papers and
 * groups of people ("the company", "the union", "the finance department", "bank economists", "its annual report"),
 * and which named organisation such a noun refers to.
 */
final class SourceNouns {

    private SourceNouns() {
    }

    static final Set<String> ORGANISATION_REFERENCES = Set.of(
            "company", "firm", "bank", "ministry", "agency", "group", "club", "team", "union", "council", "department",
            "institute", "university", "lab", "laboratory", "hospital", "carrier", "airline", "automaker", "maker",
            "lender", "insurer", "retailer", "regulator", "watchdog", "league", "federation", "commission", "startup",
            "developer", "manufacturer", "producer", "operator", "board", "committee", "court", "government",
            "organisation", "organization", "newspaper", "paper", "daily", "magazine", "utility", "association",
            "exchange", "trust", "partnership", "cooperative", "society", "foundation", "bureau", "authority");

    /** "Gencorp's board said", "the Allegis directors said": the organisation speaks through its governing body. */
    static final Set<String> GOVERNING_BODIES = Set.of("board", "directors", "management");

    /** "the companies said", "both companies": a joint statement, credited to the first organisation named. */
    static final Set<String> PLURAL_COMPANY_REFERENCES = Set.of("companies", "firms", "groups");

    /** "the company said": whichever organisation the article is about, whatever its name says it is. */
    static final Set<String> COMPANY_REFERENCES = Set.of("company", "firm", "group", "concern", "corporation",
            "utility", "partnership", "trust");

    static final Set<String> GOVERNMENT_WORDS = Set.of(
            "government", "administration", "cabinet", "authorities", "leadership", "presidency");

    /** Public bodies a text may name only by what they do: "the finance department", "the foreign ministry". */
    static final Set<String> PUBLIC_BODIES = Set.of("department", "ministry", "agency", "office", "bureau",
            "commission", "council", "committee", "authority");

    /** Economists, analysts, dealers: they speak for themselves, not for the bank or firm a modifier names. */
    static final Set<String> MARKET_PEOPLE = Set.of("economists", "analysts", "dealers", "traders", "brokers",
            "bankers", "experts", "observers");

    /**
     * Words in the names of organisations that a common noun refers to: "the union" is the "... Association of
     * Broadcast Employees", "the agency" a "... Commission", "the newspaper" the "... Daily".
     */
    static final Map<String, Set<String>> KNOWN_AS = Map.of(
            "union", Set.of("union", "employees", "workers", "brotherhood", "teamsters", "guild", "federation"),
            "agency", Set.of("agency", "commission", "administration", "bureau", "service", "office"),
            "newspaper", Set.of("daily", "times", "post", "journal", "news", "herald", "tribune", "gazette",
                    "telegraph", "newspaper"),
            "paper", Set.of("daily", "times", "post", "journal", "news", "herald", "tribune", "gazette"),
            "bank", Set.of("bank", "bancorp", "banque", "reserve"),
            "department", Set.of("department", "ministry"),
            "ministry", Set.of("ministry", "department"));

    /** Papers an organisation issues: "its annual report", "the statement", "the prospectus". */
    static final Set<String> DOCUMENT_WORDS = Set.of(
            "report", "statement", "document", "filing", "prospectus", "release", "letter", "notice", "circular",
            "announcement", "memo", "memorandum");

    static final Set<String> DATA_WORDS = Set.of("data", "figures", "statistics", "numbers", "estimates",
            "records");

    static Optional<ArticleActors.Entry> organisationKnownAs(String word, ArticleActors actors) {
        var named = actors.latestOrganisationNamed(word);
        for (String w : KNOWN_AS.getOrDefault(word, Set.of())) {
            if (named.isPresent()) {
                break;
            }
            named = actors.latestOrganisationNamed(w);
        }
        return named;
    }

    /** "according to data from the central bank", "shipping data compiled by Kpler": who publishes the data. */
    static ArticleActors.Entry publisherAfterFrom(TaggedSentence s, List<Mention> mentions, Attribution a,
            ArticleActors actors) {
        int end = a.sourceFrom();
        while (end < s.size() && !s.isPunct(end)) {
            end++;
        }
        for (int i = a.head() + 1; i < end - 1; i++) {
            if (!s.lower(i).equals("from") && !s.lower(i).equals("by")) {
                continue;
            }
            for (Mention m : mentions) {
                if (m.from > i && m.to <= end && m.actor == null && m.kind == Mention.Kind.SINGLE_NAME) {
                    // "shipping data compiled by Kpler": whoever compiles the data is an organisation
                    m.actor = actors.add(m.seenAs, ActorType.ORGANIZATION, m.countryCode, null);
                }
                if (m.actor != null && m.from > i && m.to <= end) {
                    return m.actor;
                }
            }
            for (int k = i + 1; k < end; k++) {
                if (SourceNouns.ORGANISATION_REFERENCES.contains(s.lower(k))) {
                    return actors.latestOrganisationNamed(s.lower(k)).orElse(null);
                }
            }
        }
        return null;
    }

    private static final Set<String> QUANTIFIERS = Set.of("most", "many", "some", "several", "all", "few", "other",
            "both");

    /** How an unnamed source is named: its words without a leading determiner or quantifier ("most analysts"). */
    static String unnamedName(TaggedSentence s, int from, int to) {
        while (to - from > 1 && QUANTIFIERS.contains(s.lower(from))) {
            from++;
        }
        String text = stripDeterminer(s, from, to);
        int first = "DET".equals(s.tag(from)) && to - from > 1 ? from + 1 : from;
        boolean proper = "PROPN".equals(s.tag(first));
        return proper ? text : NameShapes.lowerFirst(text);
    }

    private static String stripDeterminer(TaggedSentence s, int from, int to) {
        if ("DET".equals(s.tag(from)) && to - from > 1) {
            return s.span(from + 1, to);
        }
        return s.span(from, to);
    }
}
