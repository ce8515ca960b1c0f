package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of one article, each once, with every form the article used for it.
 *
 * <p>Actors are keyed by type group and normalised name, so an UNNAMED_SOURCE ("experts", "prior estimates")
 * can never merge into a named actor, and each unnamed source stays under its own name. People are also
 * indexed by surname so that a later bare "Zelensky" resolves to "Volodymyr Zelensky".
 */
final class ArticleActors {

    static final class Entry {
        final String name;
        /** {@link #normalise normalised} name, computed once: names are compared far more often than added. */
        final String key;
        final ActorType type;
        String countryCode;
        final Set<String> aliases = new LinkedHashSet<>();
        ActorMention built;

        Entry(String name, ActorType type, String countryCode) {
            this.name = name;
            this.key = normalise(name);
            this.type = type;
            this.countryCode = countryCode;
        }

        ActorMention toMention() {
            if (built == null) {
                aliases.remove(name);
                built = new ActorMention(name, type, countryCode, List.copyOf(aliases));
            }
            return built;
        }
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, Entry> bySurname = new LinkedHashMap<>();
    private final Map<String, Entry> firstNames = new LinkedHashMap<>();

    Entry add(String name, ActorType type, String countryCode, String seenAs) {
        String key = key(type, name);
        if (type == ActorType.UNNAMED_SOURCE && !byKey.containsKey(key)) {
            key = misspeltSourceKey(key); // "The finance deparment said" after "the finance department said"
        }
        Entry e = byKey.computeIfAbsent(key, k -> new Entry(name, type, countryCode));
        if (e.countryCode == null) {
            e.countryCode = countryCode;
        }
        if (seenAs != null && !seenAs.isBlank()) {
            e.aliases.add(seenAs);
        }
        if (type == ActorType.PERSON) {
            String[] parts = name.split("\\s+");
            if (parts.length > 1) {
                bySurname.putIfAbsent(normalise(parts[parts.length - 1]), e);
                // "Kim" for "Kim Mahn-je": many names put the family name first
                firstNames.putIfAbsent(normalise(parts[0]), e);
            }
            if (parts.length > 2 && parts[1].length() > 2 && !parts[1].endsWith(".")
                    && Character.isUpperCase(parts[1].charAt(0))) {
                // "Salinas" for "Carlos Salinas de Gortari": Spanish names carry the father's surname first
                bySurname.putIfAbsent(normalise(parts[1]), e);
            }
        }
        return e;
    }

    Optional<Entry> personBySurname(String word) {
        String key = normalise(word);
        Entry e = bySurname.get(key);
        return Optional.ofNullable(e != null ? e : firstNames.get(key));
    }

    /** "the North" → North Korea when the article names a state starting with that word. */
    Optional<Entry> stateStartingWith(String word) {
        String prefix = normalise(word) + " ";
        return byKey.values().stream()
                .filter(e -> e.type == ActorType.STATE && e.key.startsWith(prefix))
                .findFirst();
    }

    /** The latest registered organisation whose name contains {@code word} ("the bank" → "Bank of Korea"). */
    Optional<Entry> latestOrganisationNamed(String word) {
        Entry found = null;
        String wanted = word == null ? null : normalise(word);
        for (Entry e : byKey.values()) {
            boolean organisation = e.type == ActorType.COMPANY || e.type == ActorType.ORGANIZATION
                    || e.type == ActorType.GOVERNMENT || e.type == ActorType.MEDIA_OUTLET
                    || e.type == ActorType.INTELLIGENCE_AGENCY;
            if (organisation && (wanted == null || e.key.contains(wanted))) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private static final Set<String> COMPANY_FORMS = Set.of(
            "inc", "corp", "co", "ltd", "plc", "nv", "ag", "sa", "spa", "gmbh", "llc", "bv", "pty", "bhd", "cos",
            "limited");

    /** The organisation registered under exactly this name ("Gencorp" in "Gencorp's board"), if any. */
    Optional<Entry> organisationNamed(String name) {
        Entry e = byKey.get(key(ActorType.ORGANIZATION, name));
        return Optional.ofNullable(e != null && Discourse.isOrganisation(e) ? e : null);
    }

    static boolean isLegalForm(String word) {
        return COMPANY_FORMS.contains(word.replace(".", "")); // "N.V." as "nv"
    }

    /** The first organisation whose name starts with the word ("Greyhound" → Greyhound Lines Inc), if any. */
    Optional<Entry> organisationStartingWith(String words) {
        String prefix = normalise(words) + " ";
        Entry found = null;
        Entry generic = null;
        for (Entry e : byKey.values()) {
            boolean organisation = e.type == ActorType.COMPANY || e.type == ActorType.ORGANIZATION
                    || e.type == ActorType.GOVERNMENT || e.type == ActorType.MEDIA_OUTLET;
            if (!organisation || !(e.key.startsWith(prefix) || e.aliases.contains(words))) {
                continue;
            }
            // "J.P. Morgan" is J.P. Morgan and Co Inc rather than J.P. Morgan Securities Inc: nothing but a legal
            // form after the words ("Securities" names the subsidiary), else only organisation words ("Group")
            String rest = e.key.substring(Math.min(prefix.length(), e.key.length()));
            if (e.aliases.contains(words) || onlyLegalForms(rest, 0)) {
                return Optional.of(e);
            }
            if (generic == null && onlyOrganisationWords(rest)) {
                generic = e;
            }
            if (found == null) {
                found = e;
            }
        }
        return Optional.ofNullable(generic != null ? generic : found);
    }

    /** The key's words after the first {@code skip} distinctive ones are legal forms and connectors only. */
    static boolean onlyLegalForms(String key, int skip) {
        String[] words = key.split(" ");
        int distinctive = 0;
        for (String w : words) {
            boolean form = COMPANY_FORMS.contains(w) || w.equals("and") || w.equals("&") || w.equals("of")
                    || w.equals("the");
            if (distinctive >= skip && !form) {
                return false;
            }
            if (!form) {
                distinctive++;
            }
        }
        return true;
    }

    private static boolean onlyOrganisationWords(String rest) {
        for (String w : rest.split(" ")) {
            if (!w.isEmpty() && !Lexicon.ORGANISATION_WORDS.containsKey(w) && !w.equals("and") && !w.equals("of")
                    && !w.equals("the") && !w.equals("&")) {
                return false;
            }
        }
        return true;
    }

    /** The organisation whose capitalised words' initials spell {@code acronym} ("OECD"), if the article names one. */
    Optional<Entry> organisationWithInitials(String acronym) {
        for (Entry e : byKey.values()) {
            if (e.type == ActorType.PERSON || e.type == ActorType.STATE || e.type == ActorType.UNNAMED_SOURCE) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            StringBuilder withoutForm = new StringBuilder(); // "RTZ" for Rio Tinto-Zinc Corp Plc
            boolean form = true;
            String[] words = e.name.split("[\\s-]+");
            for (int i = words.length - 1; i >= 0; i--) {
                String word = words[i];
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                    continue;
                }
                if (i == 0 && word.length() > 2 && word.endsWith(".") && words.length > 2) {
                    continue; // "FDA" for U.S. Food and Drug Administration: a country's initials are no part of it
                }
                initials.insert(0, word.charAt(0));
                form = form && COMPANY_FORMS.contains(normalise(word));
                if (!form) {
                    withoutForm.insert(0, word.charAt(0));
                }
            }
            boolean matches = initials.toString().equals(acronym) || withoutForm.toString().equals(acronym);
            if (initials.length() >= 2 && matches) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The one organisation whose first word the word clips ("Fed" for Federal Reserve Board: at least three letters,
     * shorter than the name's first word), if exactly one does.
     */
    Optional<Entry> organisationClippedTo(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        Entry found = null;
        for (Entry e : byKey.values()) {
            if (!Discourse.isOrganisation(e)) {
                continue;
            }
            String first = e.name.split("\\s+")[0];
            if (first.length() > word.length() + 1 && first.startsWith(word)
                    && first.substring(word.length()).chars().allMatch(Character::isLowerCase)) {
                if (found != null && found != e) {
                    return Optional.empty();
                }
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first company or organisation the article names: what "the club" or "the firm" most often means. */
    Optional<Entry> firstOrganisation() {
        return byKey.values().stream()
                .filter(e -> e.type == ActorType.COMPANY || e.type == ActorType.ORGANIZATION)
                .findFirst();
    }

    List<ActorMention> all() {
        List<ActorMention> out = new ArrayList<>(byKey.size());
        for (Entry e : byKey.values()) {
            out.add(e.toMention());
        }
        return out;
    }

    /**
     * The key of an unnamed source already in the article whose name this one misspells ({@link Misspellings}): wire
     * copy carries such typos, and the same source is meant. The key itself when there is none.
     */
    private String misspeltSourceKey(String key) {
        for (String other : byKey.keySet()) {
            if (other.startsWith("unnamed:") && other.length() >= 14 && Misspellings.oneTypoApart(key, other)) {
                return other;
            }
        }
        return key;
    }

    private static String key(ActorType type, String name) {
        String group = type == ActorType.UNNAMED_SOURCE ? "unnamed:" : "named:";
        return group + normalise(name);
    }

    /** Lower case, accents dropped, whitespace collapsed: "Zelenskyy  " and "zelenskyy" are one name. */
    static String normalise(String s) {
        StringBuilder ascii = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127) {
                return normaliseUnicode(s); // rare: only names with accents pay for decomposition
            }
            if (Character.isWhitespace(c)) {
                space = ascii.length() > 0;
                continue;
            }
            if (space) {
                ascii.append(' ');
                space = false;
            }
            ascii.append(Character.toLowerCase(c));
        }
        return ascii.toString();
    }

    private static String normaliseUnicode(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
