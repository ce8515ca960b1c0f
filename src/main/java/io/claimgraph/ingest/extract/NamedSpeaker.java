package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import java.util.List;
import java.util.Locale;

/**
 * Part of {@link ActorResolver}: the named actor a source phrase points at through its words around the head, before
 * any discourse reference is tried. A person after a title ("Expediters ... president John Kaiser told"), a person in
 * apposition to a title ("Texaco Inc's chief financial officer, Peter Bijur, said"), a company's short name that
 * holds a country ("Texaco Canada said" after "Texaco Canada Inc").
 */
final class NamedSpeaker {

    private NamedSpeaker() {
    }

    /** The named actor the source's own words give, or null. {@code covering} is the mention over the head. */
    static ArticleActors.Entry within(TaggedSentence s, List<Mention> mentions, Attribution a, ArticleActors actors,
            Mention covering) {
        for (Mention m : mentions) {
            if (m.actor != null && m.kind == Mention.Kind.PERSON && m.to == a.sourceTo() && m.from > a.sourceFrom()
                    && Lexicon.TITLE_WORDS.contains(s.lower(m.from - 1))) {
                return m.actor; // "Expediters International of Washington Inc president John Kaiser told"
            }
        }
        String head = s.lower(a.head());
        if (covering == null && (Lexicon.TITLE_WORDS.contains(head) || ActorResolver.SPEAKER_HEADS.contains(head)
                || Lexicon.PERSON_NOUNS.contains(head) || head.equals("member"))
                && s.token(a.sourceTo()).equals(",")) {
            ArticleActors.Entry person = personInApposition(s, mentions, a.sourceTo());
            if (person != null) {
                return person;
            }
        }
        if (covering == null && Lexicon.TITLE_WORDS.contains(head) && !s.isCapitalised(a.sourceFrom())
                && a.sourceFrom() > 0 && s.token(a.sourceFrom() - 1).equals(",")) {
            // "Todd Domer, director of communications for the Kansas Livestock Association said": the person the
            // title describes, not the organisation in it
            for (Mention m : mentions) {
                if (m.actor != null && m.kind == Mention.Kind.PERSON && m.to == a.sourceFrom() - 1) {
                    return m.actor;
                }
            }
        }
        Mention named = covering != null ? covering : personBeforeVerb(mentions, a);
        if ((named == null || named.kind != Mention.Kind.ORGANISATION && named.kind != Mention.Kind.PERSON)
                && properNameSource(s, a)) {
            // "Texaco Canada said" after "Texaco Canada Inc": the company's short name, not the country in it
            String words = s.span(a.sourceFrom(), a.sourceTo());
            var organisation = actors.organisationStartingWith(words);
            if (organisation.isPresent() && organisation.get().key.startsWith(ArticleActors.normalise(words) + " ")) {
                return organisation.get();
            }
        }
        return null;
    }

    /**
     * "Texaco Inc's chief financial officer, Peter Bijur, said", "another board member, Jim Billington, said", "Another
     * CBT official, executive vice president George Sladoje, said", "Another analyst, Richard Cohen at Brown Baldwin,
     * noted": the person named in the apposition that opens at the comma, after nothing but titles, or null.
     */
    private static ArticleActors.Entry personInApposition(TaggedSentence s, List<Mention> mentions, int comma) {
        int close = comma + 1;
        while (close < s.size() && close < comma + 14 && !s.token(close).equals(",")) {
            close++;
        }
        if (close >= s.size() || !s.token(close).equals(",")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.actor != null && m.kind == Mention.Kind.PERSON && m.from > comma && m.to <= close
                    && onlyTitlesBetween(s, comma + 1, m.from)) {
                return m.actor;
            }
        }
        return null;
    }

    private static boolean onlyTitlesBetween(TaggedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (!(Lexicon.TITLE_WORDS.contains(w) || w.equals("retired") || w.equals("former") || w.equals("-"))) {
                return false;
            }
        }
        return true;
    }

    /** "White House chief of staff Howard Baker said": the person named right before the verb, or null. */
    static Mention personBeforeVerb(List<Mention> mentions, Attribution a) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.actor != null && m.to == a.sourceTo() && m.kind == Mention.Kind.PERSON) {
                found = m;
            }
        }
        return found;
    }

    /**
     * A name of one to three words typed an organisation only because it spoke, with no organisation word in it and no
     * acronym: "Volcker", "Jorio Dauster" when "he said" follows.
     */
    static boolean bareSpeakingName(ArticleActors.Entry e) {
        if (e == null || e.type != ActorType.ORGANIZATION) {
            return false;
        }
        String[] words = e.name.split(" ");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.chars().allMatch(Character::isUpperCase)
                    || Lexicon.ORGANISATION_WORDS.containsKey(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A source of two or more capitalised words and nothing else. */
    private static boolean properNameSource(TaggedSentence s, Attribution a) {
        if (a.sourceTo() - a.sourceFrom() < 2) {
            return false;
        }
        for (int i = a.sourceFrom(); i < a.sourceTo(); i++) {
            if (!s.isCapitalised(i)) {
                return false;
            }
        }
        return true;
    }

    /** "The Treasury Secretary", "the Agriculture Secretary": a capitalised title with no name, standing for a person. */
    static boolean formalTitleAlone(TaggedSentence s, Attribution a) {
        if (!s.lower(a.sourceFrom()).equals("the") || a.sourceTo() - a.sourceFrom() < 3
                || !Lexicon.TITLE_WORDS.contains(s.lower(a.head()))) {
            return false;
        }
        for (int i = a.sourceFrom() + 1; i < a.sourceTo(); i++) {
            if (!s.isCapitalised(i)) {
                return false;
            }
        }
        return true;
    }
}
