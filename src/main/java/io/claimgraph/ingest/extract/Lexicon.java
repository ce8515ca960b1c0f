package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import io.claimgraph.time.CalendarWords;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Closed-class English words the stages key on. These are words of the language (titles, organisation
 * suffixes, reporting verbs), never names of particular people or organisations.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Verbs that introduce what someone asserts: "X said", "X estimates", "said X". */
    static final Set<String> REPORTING_VERBS = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "sees", "thinks", "feels",
            "anticipate", "anticipates", "anticipated",
            "indicate", "indicates", "indicated", "indicating", "acknowledge", "acknowledges", "acknowledged",
            "warn", "warns", "warned", "warning", "estimate", "estimates", "estimated", "estimating",
            "suggest", "suggests", "suggested", "suggesting", "caution", "cautions", "cautioned", "cautioning",
            "claim", "claims", "claimed", "state", "states", "stated", "note", "notes", "noted", "add", "adds", "added",
            "report", "reports", "reported", "deny", "denies", "denied", "denying", "insist", "insists", "insisted",
            "argue", "argues", "argued", "predict", "predicts", "predicted", "expect", "expects", "expected",
            "announce", "announces", "announced", "confirm", "confirms", "confirmed", "assert", "asserts", "asserted",
            "allege", "alleges", "alleged", "contend", "contends", "contended", "forecast", "forecasts",
            "project", "projects", "projected", "admit", "admits", "admitted", "concede", "concedes", "conceded",
            "maintain", "maintains", "maintained", "believe", "believes", "believed", "show", "shows", "showed",
            "find", "finds", "found", "conclude", "concludes", "concluded", "reject", "rejects", "rejected",
            "write", "writes", "wrote", "explain", "explains", "explained", "arguing", "adding", "charge", "charges",
            "charged",
            "voice", "voices", "voiced", "post", "posts", "posted", "call", "calls", "called", "calculate",
            "calculates", "calculated", "disclose", "discloses", "disclosed",
            "stress", "stresses", "stressed", "emphasise", "emphasises", "emphasised", "emphasize", "emphasizes",
            "emphasized", "declare", "declares", "declared", "comment", "comments", "commented", "reply", "replies",
            "replied", "respond", "responds", "responded", "observe", "observes", "observed", "remark", "remarks",
            "remarked", "reiterate", "reiterates", "reiterated", "reveal", "reveals", "revealed", "testify",
            "testifies", "testified", "complain", "complains", "complained", "recall", "recalls", "recalled",
            "speculate", "speculates", "speculated", "hint", "hints", "hinted");

    /** Verbs only a government speaks with: a capital before them stands for its state ("Moscow said"). */
    static final Set<String> STATEMENT_VERBS = Set.of(
            "say", "says", "said", "told", "warned", "warns", "insisted", "insists", "denied", "denies", "claimed",
            "claims", "stated", "announced", "accused", "accuses", "responded", "rejected", "rejects", "demanded",
            "demands", "threatened", "vowed", "urged", "condemned", "protested", "retaliated", "agreed", "signed",
            "confirmed", "acknowledged", "welcomed");

    /** Heads of attribution phrases that name nobody in particular. Each stays its own UNNAMED_SOURCE. */
    /** Nouns for one person whom a text does not name: "a U.S. diplomat said ... he said". */
    static final Set<String> PERSON_NOUNS = Set.of(
            "diplomat", "official", "source", "analyst", "economist", "expert", "executive", "banker", "trader",
            "dealer", "broker", "lawyer", "aide", "delegate", "negotiator", "observer", "insider", "spokesman",
            "spokeswoman", "spokesperson");

    static final Set<String> UNNAMED_SOURCE_HEADS = Set.of(
            "experts", "expert", "analysts", "economists", "officials", "official", "sources", "source", "intelligence",
            "estimates", "estimate", "reports", "report", "assertions", "claims", "data", "figures", "study", "studies",
            "survey", "surveys", "researchers", "scientists", "diplomats", "observers", "critics", "investors",
            "insiders", "people", "residents", "witnesses", "forecasters", "assessment", "assessments", "polls", "poll",
            "doctors", "regulators", "prosecutors", "lawyers", "authorities", "police", "organisers", "organizers",
            "traders", "executives", "lawmakers", "activists", "campaigners", "analysis", "models", "documents",
            "statement", "statistics", "rumours", "rumors", "allegations", "commentators", "scouts", "medics",
            "aides", "bankers", "dealers", "brokers", "delegates", "negotiators", "plaintiffs", "trustees",
            "participants", "leaders", "press");

    /** Head nouns that mean an armed force when a demonym precedes them ("North Korean troops"). */
    static final Set<String> FORCE_NOUNS = Set.of(
            "troops", "troop", "forces", "soldiers", "army", "military", "navy", "marines", "paratroopers",
            "servicemen", "units", "militia", "militias", "fighters");

    /** Words of a title in front of or after a person's name. Lower case; matched case-insensitively. */
    static final Set<String> TITLE_WORDS = Set.of(
            "president", "vice", "prime", "minister", "foreign", "defence", "defense", "finance", "interior",
            "health", "economy", "trade", "deputy", "secretary", "spokesman", "spokeswoman", "spokesperson",
            "director", "analyst", "ceo", "cfo", "coo", "chief", "executive", "economist", "chairman", "chairwoman",
            "chair", "governor", "senator", "congressman", "congresswoman", "mayor", "chancellor", "king", "queen",
            "general", "commander", "colonel", "admiral", "head", "founder", "officer", "professor", "prof", "dr",
            "doctor", "researcher", "scientist", "coach", "manager", "captain", "striker", "midfielder", "defender",
            "goalkeeper", "author", "lead", "senior", "principal", "strategist", "ambassador", "envoy",
            "judge", "lawmaker", "mp", "representative", "leader", "ayatollah", "sheikh", "emir", "pope",
            "mr", "mrs", "ms", "sir", "lord", "lady", "investigator", "epidemiologist", "physician", "surgeon",
            "editor", "partner", "owner", "sporting", "technical", "team", "general-secretary", "commissioner",
            "energy", "oil", "transport", "education", "justice", "labour", "labor", "agriculture", "environment",
            "climate", "industry", "housing", "operating", "financial", "technology", "marketing", "premier",
            "adviser", "advisor", "aide", "negotiator", "treasurer", "undersecretary", "attorney", "sen", "rep", "gov",
            "vice-president", "vice-chairman", "official", "engineer", "broker", "dealer", "trader", "candidate");

    /** Title words that only qualify another ("Energy Minister", "chief operating officer"), never a title alone. */
    static final Set<String> TITLE_MODIFIERS = Set.of(
            "vice", "prime", "foreign", "defence", "defense", "finance", "interior", "health", "economy", "trade",
            "deputy", "senior", "lead", "principal", "team", "technical", "sporting", "energy", "oil", "transport",
            "education", "justice", "labour", "labor", "agriculture", "environment", "climate", "industry", "housing",
            "operating", "financial", "technology", "marketing", "executive", "general", "chief");

    /** Capitalised words that end an organisation's name, with the type they imply. */
    static final Map<String, ActorType> ORGANISATION_WORDS = Map.ofEntries(
            Map.entry("inc", ActorType.COMPANY), Map.entry("corp", ActorType.COMPANY),
            Map.entry("corporation", ActorType.COMPANY), Map.entry("ltd", ActorType.COMPANY),
            Map.entry("llc", ActorType.COMPANY), Map.entry("plc", ActorType.COMPANY),
            Map.entry("ag", ActorType.COMPANY),
            Map.entry("gmbh", ActorType.COMPANY), Map.entry("sa", ActorType.COMPANY),
            Map.entry("co", ActorType.COMPANY),
            Map.entry("company", ActorType.COMPANY), Map.entry("holdings", ActorType.COMPANY),
            Map.entry("motors", ActorType.COMPANY), Map.entry("airlines", ActorType.COMPANY),
            Map.entry("airways", ActorType.COMPANY), Map.entry("technologies", ActorType.COMPANY),
            Map.entry("pharmaceuticals", ActorType.COMPANY), Map.entry("therapeutics", ActorType.COMPANY),
            Map.entry("systems", ActorType.COMPANY), Map.entry("industries", ActorType.COMPANY),
            Map.entry("energy", ActorType.COMPANY), Map.entry("bank", ActorType.ORGANIZATION),
            Map.entry("group", ActorType.COMPANY), Map.entry("partners", ActorType.ORGANIZATION),
            Map.entry("capital", ActorType.COMPANY), Map.entry("labs", ActorType.COMPANY),
            Map.entry("laboratories", ActorType.COMPANY), Map.entry("agency", ActorType.ORGANIZATION),
            Map.entry("ministry", ActorType.GOVERNMENT), Map.entry("department", ActorType.GOVERNMENT),
            Map.entry("government", ActorType.GOVERNMENT), Map.entry("office", ActorType.GOVERNMENT),
            Map.entry("service", ActorType.ORGANIZATION), Map.entry("institute", ActorType.ORGANIZATION),
            Map.entry("council", ActorType.ORGANIZATION), Map.entry("university", ActorType.ORGANIZATION),
            Map.entry("college", ActorType.ORGANIZATION), Map.entry("association", ActorType.ORGANIZATION),
            Map.entry("commission", ActorType.ORGANIZATION), Map.entry("fund", ActorType.ORGANIZATION),
            Map.entry("authority", ActorType.ORGANIZATION), Map.entry("organization", ActorType.ORGANIZATION),
            Map.entry("organisation", ActorType.ORGANIZATION), Map.entry("federation", ActorType.ORGANIZATION),
            Map.entry("committee", ActorType.ORGANIZATION), Map.entry("party", ActorType.ORGANIZATION),
            Map.entry("union", ActorType.ORGANIZATION), Map.entry("court", ActorType.ORGANIZATION),
            Map.entry("parliament", ActorType.GOVERNMENT), Map.entry("board", ActorType.ORGANIZATION),
            Map.entry("foundation", ActorType.ORGANIZATION), Map.entry("centre", ActorType.ORGANIZATION),
            Map.entry("center", ActorType.ORGANIZATION), Map.entry("hospital", ActorType.ORGANIZATION),
            Map.entry("league", ActorType.ORGANIZATION), Map.entry("club", ActorType.ORGANIZATION),
            Map.entry("fc", ActorType.ORGANIZATION), Map.entry("reserve", ActorType.ORGANIZATION),
            Map.entry("exchange", ActorType.ORGANIZATION), Map.entry("alliance", ActorType.ORGANIZATION),
            Map.entry("coalition", ActorType.ORGANIZATION), Map.entry("trust", ActorType.ORGANIZATION),
            Map.entry("society", ActorType.ORGANIZATION), Map.entry("network", ActorType.ORGANIZATION),
            Map.entry("times", ActorType.MEDIA_OUTLET), Map.entry("daily", ActorType.MEDIA_OUTLET),
            Map.entry("news", ActorType.MEDIA_OUTLET),
            Map.entry("post", ActorType.MEDIA_OUTLET), Map.entry("journal", ActorType.MEDIA_OUTLET),
            Map.entry("gazette", ActorType.MEDIA_OUTLET), Map.entry("herald", ActorType.MEDIA_OUTLET),
            Map.entry("tribune", ActorType.MEDIA_OUTLET), Map.entry("broadcasting", ActorType.MEDIA_OUTLET),
            Map.entry("army", ActorType.ARMED_FORCE), Map.entry("navy", ActorType.ARMED_FORCE),
            Map.entry("forces", ActorType.ARMED_FORCE), Map.entry("guard", ActorType.ARMED_FORCE),
            Map.entry("command", ActorType.ARMED_FORCE),
            Map.entry("movement", ActorType.ORGANIZATION), Map.entry("brands", ActorType.COMPANY),
            Map.entry("institution", ActorType.ORGANIZATION), Map.entry("programme", ActorType.ORGANIZATION),
            Map.entry("academy", ActorType.ORGANIZATION), Map.entry("observatory", ActorType.ORGANIZATION),
            Map.entry("securities", ActorType.COMPANY), Map.entry("semiconductor", ActorType.COMPANY),
            Map.entry("inc.", ActorType.COMPANY), Map.entry("corp.", ActorType.COMPANY),
            Map.entry("ltd.", ActorType.COMPANY), Map.entry("co.", ActorType.COMPANY),
            Map.entry("cos", ActorType.COMPANY), Map.entry("n.v.", ActorType.COMPANY),
            Map.entry("nv", ActorType.COMPANY), Map.entry("b.v.", ActorType.COMPANY),
            Map.entry("bv", ActorType.COMPANY), Map.entry("s.a.", ActorType.COMPANY),
            Map.entry("spa", ActorType.COMPANY), Map.entry("s.p.a.", ActorType.COMPANY),
            Map.entry("a.g.", ActorType.COMPANY), Map.entry("l.p.", ActorType.COMPANY),
            Map.entry("lp", ActorType.COMPANY), Map.entry("limited", ActorType.COMPANY),
            Map.entry("bhd", ActorType.COMPANY), Map.entry("pty", ActorType.COMPANY),
            Map.entry("ab", ActorType.COMPANY), Map.entry("asa", ActorType.COMPANY),
            Map.entry("oy", ActorType.COMPANY), Map.entry("kk", ActorType.COMPANY),
            Map.entry("banque", ActorType.COMPANY), Map.entry("banco", ActorType.COMPANY),
            Map.entry("banca", ActorType.COMPANY),
            Map.entry("bancorp", ActorType.COMPANY), Map.entry("bancorporation", ActorType.COMPANY),
            Map.entry("bancshares", ActorType.COMPANY), Map.entry("financial", ActorType.COMPANY),
            Map.entry("savings", ActorType.COMPANY), Map.entry("petroleum", ActorType.COMPANY),
            Map.entry("resources", ActorType.COMPANY), Map.entry("mining", ActorType.COMPANY),
            Map.entry("mines", ActorType.COMPANY), Map.entry("steel", ActorType.COMPANY),
            Map.entry("chemicals", ActorType.COMPANY), Map.entry("chemical", ActorType.COMPANY),
            Map.entry("electric", ActorType.COMPANY), Map.entry("insurance", ActorType.COMPANY),
            Map.entry("investments", ActorType.COMPANY), Map.entry("investment", ActorType.COMPANY),
            Map.entry("ventures", ActorType.COMPANY), Map.entry("enterprises", ActorType.COMPANY),
            Map.entry("brothers", ActorType.COMPANY), Map.entry("associates", ActorType.COMPANY),
            Map.entry("stores", ActorType.COMPANY), Map.entry("foods", ActorType.COMPANY),
            Map.entry("communications", ActorType.COMPANY), Map.entry("telecommunications", ActorType.COMPANY),
            Map.entry("railroad", ActorType.COMPANY), Map.entry("railway", ActorType.COMPANY),
            Map.entry("railways", ActorType.COMPANY), Map.entry("utilities", ActorType.COMPANY),
            Map.entry("partnership", ActorType.COMPANY), Map.entry("products", ActorType.COMPANY),
            Map.entry("manufacturing", ActorType.COMPANY), Map.entry("bankshares", ActorType.COMPANY),
            Map.entry("trading", ActorType.COMPANY), Map.entry("shipping", ActorType.COMPANY),
            Map.entry("electronics", ActorType.COMPANY), Map.entry("computer", ActorType.COMPANY),
            Map.entry("computers", ActorType.COMPANY), Map.entry("oil", ActorType.COMPANY),
            Map.entry("gas", ActorType.COMPANY), Map.entry("power", ActorType.COMPANY),
            Map.entry("mills", ActorType.COMPANY), Map.entry("chamber", ActorType.ORGANIZATION),
            Map.entry("house", ActorType.ORGANIZATION), Map.entry("bureau", ActorType.GOVERNMENT),
            Map.entry("secretariat", ActorType.ORGANIZATION), Map.entry("congress", ActorType.GOVERNMENT),
            Map.entry("senate", ActorType.GOVERNMENT), Map.entry("assembly", ActorType.GOVERNMENT),
            Map.entry("directorate", ActorType.GOVERNMENT), Map.entry("treasury", ActorType.GOVERNMENT),
            Map.entry("corps", ActorType.ORGANIZATION), Map.entry("cooperative", ActorType.ORGANIZATION),
            Map.entry("co-operative", ActorType.ORGANIZATION));

    /** Nouns of an apposition that only an organisation can be: "X, a unit of Y". */
    static final Set<String> ORGANISATION_APPOSITIONS = Set.of(
            "unit", "subsidiary", "affiliate", "division", "company", "firm", "maker", "producer", "manufacturer",
            "bank", "lender", "insurer", "retailer", "group", "concern", "operator", "holding", "arm", "agency",
            "developer", "distributor", "supplier", "owner", "association", "institution", "corporation");

    /** Words inside an organisation name that make it an intelligence agency. */
    static final Set<String> INTELLIGENCE_WORDS = Set.of("intelligence", "security", "espionage",
            "counterintelligence");

    /**
     * A small table of well-known national intelligence agencies, for "South Korea's intelligence agency" and
     * "South Korean intelligence": the text names the country, not the agency. Countries not listed get an
     * agency named from the text ("Estonian intelligence").
     */
    static final Map<String, String> NATIONAL_INTELLIGENCE_AGENCIES = Map.ofEntries(
            Map.entry("KR", "National Intelligence Service"), Map.entry("US", "Central Intelligence Agency"),
            Map.entry("GB", "Secret Intelligence Service"), Map.entry("RU", "Foreign Intelligence Service"),
            Map.entry("DE", "Federal Intelligence Service"),
            Map.entry("FR", "General Directorate for External Security"),
            Map.entry("IL", "Mossad"), Map.entry("UA", "Defence Intelligence of Ukraine"),
            Map.entry("CN", "Ministry of State Security"), Map.entry("JP", "Cabinet Intelligence and Research Office"),
            Map.entry("KP", "Reconnaissance General Bureau"), Map.entry("IN", "Research and Analysis Wing"),
            Map.entry("AU", "Australian Secret Intelligence Service"),
            Map.entry("CA", "Canadian Security Intelligence Service"));

    /** Nouns after "alliance with", "talks with" ... that put the next place in an actor position. */
    static final Set<String> RELATION_NOUNS = Set.of(
            "alliance", "ties", "talks", "relations", "relationship", "deal", "agreement", "partnership", "cooperation",
            "negotiations", "dispute", "pressure", "support", "sanctions", "treaty", "pact", "accord", "rift",
            "summit");

    /** Lower-case words that follow a place name and belong to it ("Kursk region"). */
    static final Set<String> PLACE_SUFFIXES = Set.of(
            "region", "province", "oblast", "state", "county", "district", "prefecture", "governorate", "territory");

    static final Set<String> MONTHS_AND_DAYS = Stream.concat(CalendarWords.MONTHS.stream(),
            CalendarWords.WEEKDAYS.stream()).collect(Collectors.toUnmodifiableSet());

    /** Sentence-initial capitalised words that never start a name. */
    static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "there",
            "as", "while", "but", "and", "or", "if", "when", "after", "before", "since", "despite", "although",
            "additionally", "however", "meanwhile", "recent", "in", "on", "at", "for", "with", "by", "from", "of",
            "his", "her", "their", "our", "new", "last", "next", "some", "many", "most", "more", "both", "all", "no",
            "according", "under", "because", "though", "yet", "so", "then", "also", "still", "even", "only", "not");
}
