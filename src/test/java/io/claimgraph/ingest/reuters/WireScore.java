package io.claimgraph.ingest.reuters;

import io.claimgraph.location.Gazetteer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores what ingest stored for a half's articles against their hand annotation, by the rules of
 * src/test/resources/reuters/README.md: statements found with the right asserter over all gold statements; people and
 * organisations per article as sets of names matched loosely (case, punctuation, angle brackets, a leading "the" and
 * corporate suffixes aside, or one a whole-word prefix or suffix of the other); places as the countries they lie in.
 */
final class WireScore {

    /** What ingest stored for one article, as read back over GraphQL. */
    record Stored(List<Claim> claims, List<String> people, List<String> organisations, Set<String> countryCodes) {
    }

    record Claim(String text, String asserter) {
    }

    /** Hits, predictions and expectations of a set-valued category. */
    static final class Counts {
        int predictedHits;
        int predicted;
        int expectedHits;
        int expected;

        double precision() {
            return predicted == 0 ? 1 : (double) predictedHits / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) expectedHits / expected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f R %.2f (%d/%d, %d/%d)", precision(), recall(), predictedHits,
                    predicted,
                    expectedHits, expected);
        }
    }

    private static final Set<String> CORPORATE_SUFFIXES = Set.of(
            "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "plc", "nv", "ag", "sa", "spa",
            "gmbh",
            "llc", "lp", "bv", "bhd", "pty", "kk", "ab", "as", "asa", "oy", "se", "srl", "cos", "companies");

    private final Gazetteer gazetteer;
    int statements;
    int statementsFound;
    int statementsRight;
    final Counts people = new Counts();
    final Counts organisations = new Counts();
    final Counts places = new Counts();
    int articles;
    private final StringBuilder misses = new StringBuilder();
    /** Statements found with another asserter or none, by the kind of the gold asserter and of the one given. */
    private final Map<String, Integer> wrongByKind = new java.util.TreeMap<>();

    WireScore(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    double statementsRight() {
        return statements == 0 ? 1 : (double) statementsRight / statements;
    }

    String misses() {
        return misses.toString();
    }

    String summary() {
        return String.format(Locale.ROOT,
                "articles %d%nstatements with the right asserter %.2f (%d right, %d found, %d gold)%n"
                        + "people %s%norganisations %s%nplaces %s%n",
                articles, statementsRight(), statementsRight, statementsFound,
                statements, people, organisations, places)
                + "wrong asserters by kind (gold -> given): " + wrongByKind + "\n";
    }

    void add(String newId, GoldAnnotation.Article gold, Stored stored) {
        articles++;
        StringBuilder report = new StringBuilder();
        for (GoldAnnotation.Statement st : gold.statements) {
            statements++;
            String span = squash(st.span());
            List<Claim> containing = stored.claims().stream().filter(c -> squash(c.text()).contains(span)).toList();
            if (containing.isEmpty()) {
                report.append("  statement not found [").append(st.asserter()).append("]: ").append(st.span())
                        .append('\n');
                continue;
            }
            statementsFound++;
            if (containing.stream().anyMatch(c -> c.asserter() != null && sameName(c.asserter(), st.asserter()))) {
                statementsRight++;
            } else {
                String given = containing.get(0).asserter();
                String[] words = st.asserter().split("\\s+");
                boolean inSentence = squash(containing.get(0).text())
                        .contains(words[words.length - 1].toLowerCase(Locale.ROOT));
                String kind = kindOf(st.asserter(), gold.people, gold.organisations) + " -> "
                        + (given == null ? "none" : kindOf(given, stored.people(), stored.organisations()))
                        + (inSentence ? " (named in the sentence)" : "");
                wrongByKind.merge(kind, 1, Integer::sum);
                report.append("  wrong asserter ").append(containing.get(0).asserter()).append(" for [")
                        .append(st.asserter())
                        .append("] (").append(kind).append("): ").append(containing.get(0).text()).append('\n');
            }
        }
        compareNames("person", gold.people, stored.people(), people, report);
        compareNames("org", gold.organisations, stored.organisations(), organisations, report);
        Set<String> goldCountries = new HashSet<>();
        for (GoldAnnotation.Place p : gold.places) {
            goldCountries.add(countryKey(p.country()));
        }
        compareSets("place", goldCountries, stored.countryCodes(), places, report);
        if (!report.isEmpty()) {
            misses.append(newId).append('\n').append(report);
        }
    }

    private void compareNames(String label, List<String> gold, List<String> stored, Counts counts,
            StringBuilder report) {
        Set<String> predicted = new HashSet<>(stored);
        counts.predicted += predicted.size();
        counts.expected += gold.size();
        for (String p : predicted) {
            if (gold.stream().anyMatch(g -> sameName(p, g))) {
                counts.predictedHits++;
            } else {
                report.append("  extra ").append(label).append(": ").append(p).append('\n');
            }
        }
        for (String g : gold) {
            if (predicted.stream().anyMatch(p -> sameName(p, g))) {
                counts.expectedHits++;
            } else {
                report.append("  missed ").append(label).append(": ").append(g).append('\n');
            }
        }
    }

    private static void compareSets(String label, Set<String> gold, Set<String> stored, Counts counts,
            StringBuilder report) {
        counts.predicted += stored.size();
        counts.expected += gold.size();
        for (String s : stored) {
            if (gold.contains(s)) {
                counts.predictedHits++;
            } else {
                report.append("  extra ").append(label).append(" country: ").append(s).append('\n');
            }
        }
        for (String g : gold) {
            if (stored.contains(g)) {
                counts.expectedHits++;
            } else {
                report.append("  missed ").append(label).append(" country: ").append(g).append('\n');
            }
        }
    }

    /** Countries of 1987 copy by the code of the country that holds the territory now, as the gazetteer codes places. */
    private static final Map<String, String> FORMER_COUNTRIES = Map.of(
            "west germany", "DE", "east germany", "DE", "soviet union", "RU", "ussr", "RU", "czechoslovakia", "CZ",
            "yugoslavia", "RS", "burma", "MM", "zaire", "CD");

    /** The ISO code of a country named in the annotation; the name itself when the gazetteer does not know it. */
    String countryKey(String country) {
        String former = FORMER_COUNTRIES.get(country.strip().toLowerCase(Locale.ROOT));
        if (former != null) {
            return former;
        }
        return gazetteer.lookup(country).map(p -> p.countryCode()).orElse(country.toLowerCase(Locale.ROOT));
    }

    /** Lower case, white space collapsed: how spans are compared with claim texts. */
    private static String kindOf(String asserter, List<String> people, List<String> organisations) {
        if (!asserter.isEmpty() && Character.isLowerCase(asserter.codePointAt(0))) {
            return "unnamed";
        }
        if (people.stream().anyMatch(p -> sameName(p, asserter))) {
            return "person";
        }
        return organisations.stream().anyMatch(o -> sameName(o, asserter)) ? "organisation" : "other";
    }

    static String squash(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    static boolean sameName(String a, String b) {
        List<String> x = nameWords(a);
        List<String> y = nameWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        return longer.subList(0, shorter.size()).equals(shorter)
                || longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** A name's words without case, punctuation, angle brackets, a leading "the" and trailing corporate suffixes. */
    static List<String> nameWords(String name) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[.'\u2019]", "").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        List<String> words = new ArrayList<>(Arrays.asList(plain.isEmpty() ? new String[0] : plain.split(" ")));
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && CORPORATE_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }
}
