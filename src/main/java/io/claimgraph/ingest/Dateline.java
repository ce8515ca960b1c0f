package io.claimgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens wire copy ({@code SPRINGFIELD, Ill., March 3 -}, {@code LONDON (Reuters) -}): where the
 * story was filed. It is the article's place, and no part of its first claim.
 *
 * @param text   the dateline as written, without the dash
 * @param city   the place in capitals as written ("SPRINGFIELD")
 * @param region the state, province or country after it as written ("Ill."), or null
 */
public record Dateline(String text, String city, String region) {

    private static final String MONTH = "(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    /**
     * A place in capitals; then a region in title case, a day ("March 3") and/or an agency in brackets; then a dash.
     * The day or the agency is required: a capitalised word and a dash alone open many ordinary sentences.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<city>[A-Z][A-Z'.&-]+(?: [A-Z][A-Z'.&-]+){0,3})"
                    + "(?:, (?<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?"
                    + "(?:,? (?<day>" + MONTH + " \\d{1,2})|,? \\((?<agency>[A-Za-z][A-Za-z .&-]{0,30})\\)){1,2}"
                    + " ?-{1,2} +(?<rest>\\S.*)$");

    /** A dateline and the paragraph without it. */
    public record Split(Dateline dateline, String rest) {
    }

    /** The dateline at the start of a normalised first paragraph, or null when it has none. */
    static Split split(String paragraph) {
        if (paragraph.length() < 8 || !Character.isUpperCase(paragraph.charAt(0))
                || !Character.isUpperCase(paragraph.charAt(1))) {
            return null; // most paragraphs: no capitals run, no regular expression
        }
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.matches()) {
            return null;
        }
        String city = m.group("city");
        if (city.replaceAll("[^A-Z]", "").length() < 2) {
            return null;
        }
        String text = paragraph.substring(0, m.start("rest")).strip();
        while (text.endsWith("-")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return new Split(new Dateline(text, city, m.group("region")), m.group("rest"));
    }
}
