package io.claimgraph.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Common given names of English-language news and of the larger European languages: evidence that a capitalised
 * run starting with one names a person ("Diane Okafor") and not a company or a holiday ("Labour Day"). General
 * vocabulary, the same for every article.
 */
final class GivenNames {

    private static final Set<String> NAMES = Set.of(
            "aaron", "adam", "adrian", "ahmed", "alan", "albert", "alberto", "alex", "alexander", "alfred", "ali",
            "alice", "allen", "amanda", "amy", "andre", "andrea", "andreas", "andrew", "andrzej", "angela", "ann",
            "anna", "anne", "anthony", "antonio", "arnold", "arthur", "barbara", "barry", "ben", "benjamin",
            "bernard", "bill", "billy", "bob", "brian", "bruce", "bruno", "carl", "carlos", "carol", "caroline",
            "catherine", "charles", "charlie", "chris", "christine", "christopher", "claire", "claude",
            "colin", "craig", "dan", "daniel", "danny", "david", "dean", "dennis", "diana", "diane", "dick", "dieter",
            "don", "donald", "doris", "douglas", "ed", "eddie", "edward", "edwin", "elena", "elizabeth", "ellen",
            "emma", "eric", "erik", "ernest", "eugene", "eva", "frank", "franz", "fred", "frederick", "gary",
            "george", "georges", "gerald", "gerard", "gerhard", "giovanni", "giuseppe", "glenn", "gordon", "graham",
            "greg", "gregory", "hans", "harold", "harry", "heinz", "helen", "helmut", "henri", "henry", "herbert",
            "howard", "hugh", "ian", "ingrid", "isabel", "jack", "jacques", "james", "jan", "jane", "janet", "jean",
            "jeff", "jeffrey", "jennifer", "jerry", "jim", "jimmy", "joan", "joe", "johann", "johannes", "john",
            "jonathan", "jorge", "jose", "joseph", "juan", "judith", "julia", "julian", "karen", "karl", "kate",
            "keith", "ken", "kenneth", "kevin", "klaus", "kurt", "larry", "laura", "lawrence", "leo", "leon",
            "leonard", "linda", "lisa", "louis", "luis", "manfred", "manuel", "marc", "marcel", "margaret", "maria",
            "mario", "mark", "martin", "mary", "matthew", "max", "michael", "michel", "michele", "mike", "mohammed",
            "muhammad", "nancy", "neil", "nicholas", "nick", "nigel", "norman", "oliver", "otto", "pamela",
            "patricia", "patrick", "paul", "pedro", "peter", "philip", "philippe", "pierre", "ralph", "ravi", "ray",
            "raymond", "richard", "rick", "robert", "roger", "roland", "ronald", "rudolf", "russell", "ruth", "sam",
            "samuel", "sandra", "sarah", "scott", "simon", "stanley", "stefan", "stephen", "steve",
            "steven", "susan", "ted", "terry", "thomas", "tim", "timothy", "tom", "tomas", "tony", "victor",
            "vincent", "walter", "wayne", "werner", "william", "willem", "wolfgang",
            "nora", "ivan",
            "jacob", "joel", "jon", "josef", "juergen", "jurgen",
            "abdul", "mustafa", "hassan", "hussein",
            "omar", "ibrahim", "rafael", "ricardo", "roberto", "sergio", "fernando", "francisco", "gustavo",
            "jaime", "enrique", "pieter", "lars", "sven", "nils", "olav",
            "bjorn", "jens", "matti", "gunter", "gunther", "horst",
            "jean-claude", "jean-pierre", "francois", "rene", "alain", "yves",
            "carlo", "paulo", "joao", "malcolm",
            "nelson", "warren", "clyde", "dale", "wesley", "earl", "milton", "murray",
            "roy", "sidney", "stuart", "theodore", "vernon", "wallace", "brenda", "carla", "deborah",
            "dorothy", "elaine", "eleanor", "frances", "gloria", "irene", "jacqueline", "joyce", "judy", "kathleen",
            "lucy", "marilyn", "marjorie", "martha", "nicole", "rosa", "sally", "sharon", "shirley",
            "sylvia", "teresa", "wendy", "yvonne", "jeanne", "glen", "les", "neville", "rupert", "clive",
            "alastair", "alistair", "angus", "duncan", "fergus", "hamish", "ross", "stewart",
            "abdullah", "ahmad", "akio", "akira", "alessandro", "alfonso", "alvaro", "antoine", "arturo",
            "barney", "bernhard", "boris", "didier", "dietrich", "dmitri", "eberhard",
            "eduardo", "emilio", "enrico", "ernst", "etienne", "fabio", "fahd", "faisal", "felipe",
            "franco", "friedrich", "fritz", "geoffrey", "giancarlo", "gianni", "gilles", "giorgio",
            "giulio", "gottfried", "guenter", "guenther", "guillermo", "hartmut", "heinrich", "hermann",
            "hiroshi", "hisham", "ichiro", "ignacio", "javier", "jeremy", "joachim", "julio", "kenji",
            "khalid", "kiichi", "koichi", "konrad", "laurent", "leslie", "lionel", "lothar", "luciano",
            "lucien", "ludwig", "luigi", "mahmoud", "makoto", "marco", "mariano", "masaru", "massimo",
            "maurice", "maurizio", "miguel", "mikhail", "minoru", "nicolas", "nikolai", "noboru", "olivier",
            "pablo", "paolo", "pascal", "patrice", "phillip", "pietro", "rainer", "ramon", "raul",
            "reinhard", "renato", "roderick", "rodney", "rodrigo", "rolf", "ronnie", "saleh", "salvatore",
            "satoshi", "serge", "sergei", "shigeru", "shinji", "siegfried", "silvio", "tadashi", "takashi",
            "takeshi", "thierry", "toshio", "trevor", "ugo", "ulrich", "umberto", "vittorio", "vivian",
            "vladimir", "volker", "wilhelm", "xavier", "yasuhiro", "yoshio", "yousef", "yukio", "yuri");

    private GivenNames() {
    }

    static boolean contains(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
