package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import io.claimgraph.model.LocationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 7a: the article's actors from the scanner's mentions.
 * <ul>
 * <li>A country name is a STATE (and also a location); a demonym links its STATE with the demonym as alias; a
 * capital in an actor position (metonym) is the STATE with the city as alias.</li>
 * <li>Organisations come first, with the short forms the article defines ("Nationale Nederlanden NV (NatNed)"), so
 * a shorter name, an acronym or a capital read as its state resolves to them ("Harbor Lane", "RTZ", "Brent").</li>
 * <li>People are registered before single words are resolved, so "Zelensky" after "Volodymyr Zelensky" is an alias
 * of the same PERSON; "the North" is the article's North-something state; an all-capitals word (NATO, OPEC) or a
 * single name that says something ("Reuters said") is an ORGANIZATION.</li>
 * </ul>
 */
final class ActorRegistration {
    void register(List<TaggedSentence> sentences, List<List<Mention>> mentionsBySentence, ArticleActors actors) {
        List<ShortNames> organisations = new ArrayList<>();
        Map<String, ArticleActors.Entry> shortForms = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Mention> mentions = mentionsBySentence.get(i);
            for (Mention m : mentions) {
                if (m.kind == Mention.Kind.ORGANISATION) {
                    ArticleActors.Entry defined = shortForms.get(m.seenAs);
                    if (defined != null) {
                        defined.aliases.add(m.seenAs);
                        m.actor = defined;
                        continue;
                    }
                    m.actor = actors.add(m.name, m.actorType, m.countryCode, m.seenAs);
                    organisations.add(new ShortNames(m.actor));
                    String shortForm = parenthesisedShortForm(sentences.get(i), m.to);
                    if (shortForm != null) {
                        m.actor.aliases.add(shortForm);
                        shortForms.put(shortForm, m.actor);
                    }
                }
            }
        }
        for (List<Mention> mentions : mentionsBySentence) {
            for (Mention m : mentions) {
                boolean shortable = m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.SINGLE_NAME
                        || m.kind == Mention.Kind.METONYM
                        || m.kind == Mention.Kind.PLACE && m.place.type() != LocationType.COUNTRY;
                ArticleActors.Entry organisation = null;
                if (shortable && isAcronym(m.seenAs)) {
                    organisation = actors.organisationWithInitials(m.seenAs).orElse(null); // "FTC" before "FTC Bureau of ..."
                }
                // "John Smith, chairman of Smith Corp ... Smith said": a surname of a person named before is the person
                boolean surname = m.kind == Mention.Kind.SINGLE_NAME && actors.personBySurname(m.seenAs).isPresent();
                if (organisation == null && shortable && !surname) {
                    organisation = shortFormOf(m.seenAs, organisations);
                }
                if (organisation == null && shortable) {
                    organisation = shortForms.get(m.seenAs);
                }
                if (organisation == null && m.kind == Mention.Kind.SINGLE_NAME) {
                    organisation = actors.organisationNamed(m.seenAs).orElse(null); // "Gencorp said ... Gencorp's board"
                }
                if (organisation != null) {
                    m.kind = Mention.Kind.ORGANISATION;
                    organisation.aliases.add(m.seenAs);
                    m.actor = organisation;
                } else if (m.kind == Mention.Kind.PERSON) {
                    m.actor = actors.add(m.name, ActorType.PERSON, m.countryCode, m.seenAs);
                }
            }
        }
        for (List<Mention> mentions : mentionsBySentence) {
            for (Mention m : mentions) {
                // "Mendes" after "Tiago Mendes" is the striker, not the Brazilian town
                boolean placeOrCapital = m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.METONYM;
                boolean notCountry = m.kind == Mention.Kind.METONYM
                        || m.place != null && m.place.type() != LocationType.COUNTRY;
                if (placeOrCapital && m.to - m.from == 1 && notCountry) {
                    var person = actors.personBySurname(m.seenAs);
                    if (person.isPresent()) {
                        m.kind = Mention.Kind.PERSON;
                        m.actor = person.get();
                        m.actor.aliases.add(m.seenAs);
                    }
                }
            }
        }
        for (List<Mention> mentions : mentionsBySentence) {
            for (Mention m : mentions) {
                switch (m.kind) {
                    case PLACE -> {
                        if (m.place.type() == LocationType.COUNTRY) {
                            m.actor = actors.add(m.place.name(), ActorType.STATE, m.place.countryCode(), m.seenAs);
                        }
                    }
                    case DEMONYM, METONYM -> m.actor = actors.add(m.name, ActorType.STATE, m.countryCode, m.seenAs);
                    case ARMED_FORCE, INTELLIGENCE_AGENCY ->
                        m.actor = actors.add(m.name, m.actorType, m.countryCode, m.seenAs);
                    default -> {
                    }
                }
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            TaggedSentence s = sentences.get(i);
            for (Mention m : mentionsBySentence.get(i)) {
                if (m.kind == Mention.Kind.SINGLE_NAME) {
                    m.actor = resolveSingle(s, m, actors);
                }
            }
        }
    }

    /**
     * The short form an article defines right after a name: "Nationale Nederlanden NV &lt;NTTN.AS&gt; (NatNed)",
     * "Industrial Development Bank of India (IDBI)". One capitalised word in parentheses, a ticker code before it
     * allowed.
     */
    private static String parenthesisedShortForm(TaggedSentence s, int after) {
        int i = after;
        if (s.token(i).equals("<")) {
            int close = i + 1;
            while (close < s.size() && close < i + 8 && !s.token(close).equals(">")) {
                close++;
            }
            if (close >= s.size() || !s.token(close).equals(">")) {
                return null;
            }
            i = close + 1;
        }
        if (i + 2 < s.size() && s.token(i).equals("(") && s.token(i + 2).equals(")") && s.isCapitalised(i + 1)
                && !s.isPunct(i + 1) && s.token(i + 1).length() >= 2) {
            return s.token(i + 1);
        }
        if (i == after && i < s.size() && isAcronym(s.token(i)) && s.token(i).length() >= 3
                && s.token(i).charAt(0) == Character.toUpperCase(nameStart(s, after))) {
            return s.token(i); // "the Kuwait News Agency KUNA said"
        }
        return null;
    }

    /** An organisation's name without its organisation words: "Harbor Lane Foods Inc" → harbor, lane, foods. */
    private record ShortNames(ArticleActors.Entry organisation, List<String> distinctive) {
        ShortNames(ArticleActors.Entry organisation) {
            this(organisation, distinctiveWords(organisation.name));
        }

        private static List<String> distinctiveWords(String name) {
            List<String> words = new ArrayList<>();
            for (String w : ArticleActors.normalise(name).split(" ")) {
                if (!Lexicon.ORGANISATION_WORDS.containsKey(w) && !w.equals("of") && !w.equals("for") && !w.equals("&")
                        && !w.equals("and") && !w.equals("the")) {
                    words.add(w);
                }
            }
            return words;
        }
    }

    /** "Harbor Lane" for Harbor Lane Foods Inc, "Porto" for FC Porto: the leading words of the name. */
    private static ArticleActors.Entry shortFormOf(String text, List<ShortNames> organisations) {
        String[] words = ArticleActors.normalise(text).split(" ");
        ArticleActors.Entry first = null;
        for (ShortNames o : organisations) {
            if (o.distinctive().size() < words.length || o.distinctive().isEmpty()
                    || o.organisation().key.equals(String.join(" ", words))) {
                continue;
            }
            boolean prefix = true;
            for (int i = 0; i < words.length && prefix; i++) {
                prefix = words[i].equals(o.distinctive().get(i));
            }
            if (prefix && ArticleActors.onlyLegalForms(o.organisation().key, words.length)) {
                return o.organisation(); // "J.P. Morgan" is J.P. Morgan and Co Inc, not J.P. Morgan Securities Inc
            }
            if (prefix && first == null) {
                first = o.organisation();
            }
        }
        return first;
    }

    /** First letter of the capitalised run that ends at {@code end}. */
    private static char nameStart(TaggedSentence s, int end) {
        int i = end - 1;
        while (i - 1 >= 0 && (s.isCapitalised(i - 1) || s.lower(i - 1).equals("of") || s.lower(i - 1).equals("and"))) {
            i--;
        }
        return s.token(i).charAt(0);
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 6
                && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static ArticleActors.Entry resolveSingle(TaggedSentence s, Mention m, ArticleActors actors) {
        var person = actors.personBySurname(m.seenAs);
        if (person.isPresent()) {
            person.get().aliases.add(m.seenAs);
            return person.get();
        }
        if (s.lower(m.from - 1).equals("the")) {
            var state = actors.stateStartingWith(m.seenAs);
            if (state.isPresent()) {
                state.get().aliases.add("the " + m.seenAs);
                return state.get();
            }
        }
        String w = m.seenAs;
        boolean acronym = w.length() >= 2 && w.length() <= 6
                && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        String next = s.lower(m.to);
        boolean speaks = Lexicon.REPORTING_VERBS.contains(next)
                || (next.equals("has") || next.equals("have")) && Lexicon.REPORTING_VERBS.contains(s.lower(m.to + 1));
        if (acronym) {
            var spelledOut = actors.organisationWithInitials(w);
            if (spelledOut.isPresent()) {
                spelledOut.get().aliases.add(w); // "Organisation for Economic Cooperation and Development (OECD)"
                return spelledOut.get();
            }
        }
        // an acronym is an organisation where it acts as one ("the OECD said", "by the EC"), not as a measure
        // ("GNP growth", "the CPI rose")
        String before = s.lower(m.from - 1);
        boolean agentPosition = before.equals("the") || before.equals("by") || before.equals("told")
                || before.equals("with")
                || before.equals("at") || before.equals("from");
        boolean asOrganisation = acronym && agentPosition && !"NOUN".equals(s.tag(m.to))
                && !"PROPN".equals(s.tag(m.to));
        if (acronym && speaks || asOrganisation || speaks && "PROPN".equals(s.tag(m.from))) {
            return actors.add(w, ActorType.ORGANIZATION, m.countryCode, w);
        }
        return null;
    }
}
