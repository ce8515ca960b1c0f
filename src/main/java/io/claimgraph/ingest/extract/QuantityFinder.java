package io.claimgraph.ingest.extract;

import io.claimgraph.model.QuantityBound;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 5: numbers a clause carries.
 * <ul>
 * <li>Digits with thousands separators and decimals, scaled by thousand / million / mln / m / bn / billion /
 * trillion / tn / k.</li>
 * <li>Currencies become their ISO code as unit, lower case: "$2.5 billion" is 2.5e9 "usd"; also "eur", "gbp",
 * "jpy", and "dollars"/"euros"/"pounds" after the number.</li>
 * <li>Percentages: unit "percent" ("percentage point" for points).</li>
 * <li>Ranges "3,000-4,000", "3,000 to 4,000", "between X and Y": RANGE with upper. "3-1" (upper not above lower) is
 * a score, not a range, and is skipped.</li>
 * <li>Bounds: at least / more than / over / above → AT_LEAST; up to / at most / fewer than / less than / under /
 * as many as → AT_MOST; about / around / roughly / approximately / nearly / almost / some / an estimated →
 * APPROXIMATE.</li>
 * <li>Unit: the first noun after the number, singular lower case ("troops" → "troop"). In "about 1,000 of the
 * original 11,000 troops were killed" the part takes the whole's unit and the verb ("killed"); the whole keeps
 * no verb.</li>
 * <li>Measure: the verb after the unit ("have arrived", "were killed"), else the verb right before the number
 * ("deployed an estimated 1,000"); reporting verbs are never measures.</li>
 * <li>Years (1800–2100 without separator, after in/since/late/early/a month ...) and numbers glued to words
 * ("F-16", "COVID-19") are not quantities.</li>
 * <li>Wire forms: mln, bln, dlrs, pct, stg, cts (cents: "15 cts" is 0.15 usd); spelled-out numbers with a scale,
 * percent or counted noun ("two mln shares", "six pct", "three people").</li>
 * </ul>
 */
public final class QuantityFinder {

    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String SCALE = "thousand|million|mln|billion|bln|bn|trillion|tn";
    private static final String CURRENCY = "US\\$|\\$|\u20ac|\u00a3|\u00a5";
    private static final String BOUND = "no more than|no fewer than|no less than|not more than|at least|more than|over|above|in excess of|up to|at most|fewer than|less than|under|"
            + "below|as many as|as much as|about|around|roughly|approximately|nearly|almost|some|close to|an estimated|estimated";
    private static final String FILLER = "an additional|additional|another|a further|an extra|a total of|a record|just";
    private static final String AMOUNT = "(" + CURRENCY + ")?(" + NUM + ")(?:\\s?(" + SCALE + ")\\b|(m|bn|k)\\b)?"
            + "(?:\\s?(%|percent\\b|per cent\\b|pct\\b|percentage points?\\b))?";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\w.\\-$\u20ac\u00a3\u00a5])(?:(?i:(" + BOUND + "))\\s+)?(?:(?i:(" + FILLER + "))\\s+)?"
                    + "(?:(?i:(between))\\s+)?"
                    + AMOUNT
                    + "(?:\\s*(?:-|\u2013|\\bto\\b|\\band\\b)\\s*" + AMOUNT + ")?"
                    + "(?![\\w]|-[A-Za-z])");

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("thousand", 1e3), Map.entry("k", 1e3), Map.entry("million", 1e6), Map.entry("mln", 1e6),
            Map.entry("m", 1e6), Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9),
            Map.entry("trillion", 1e12),
            Map.entry("tn", 1e12));
    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "$", "usd", "US$", "usd", "\u20ac", "eur", "\u00a3", "gbp", "\u00a5", "jpy");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollars", "usd"), Map.entry("dollar", "usd"), Map.entry("dlrs", "usd"), Map.entry("dlr", "usd"),
            Map.entry("euros", "eur"), Map.entry("euro", "eur"), Map.entry("pounds", "gbp"), Map.entry("stg", "gbp"),
            Map.entry("sterling", "gbp"), Map.entry("yen", "jpy"), Map.entry("marks", "dem"),
            Map.entry("francs", "frf"),
            Map.entry("guilders", "nlg"), Map.entry("lire", "itl"));
    /** Wire copy counts money below the unit in cents: "15 cts a share" is 0.15 of the currency. */
    private static final Set<String> CENTS = Set.of("cts", "ct", "cents", "cent");
    private static final Map<String, Integer> SPELLED = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100),
            Map.entry("dozen", 12));

    public List<ExtractedQuantity> find(TaggedSentence s, int fromToken, int toToken) {
        List<ExtractedQuantity> out = new ArrayList<>(2);
        if (fromToken >= toToken) {
            return out;
        }
        int base = s.starts()[fromToken];
        String text = s.text().substring(base, s.ends()[toToken - 1]);
        spelled(s, fromToken, toToken, out);
        if (!containsDigit(text)) {
            return out;
        }
        Matcher m = QUANTITY.matcher(text);
        int partOf = -1;
        while (m.find()) {
            ExtractedQuantity q = read(s, base, text, m);
            if (q == null) {
                continue;
            }
            if (partOf >= 0) {
                ExtractedQuantity part = out.get(partOf);
                out.set(partOf, new ExtractedQuantity(part.value(), part.upper(), part.bound(),
                        part.unit() != null ? part.unit() : q.unit(), q.measure(), part.text()));
                q = new ExtractedQuantity(q.value(), q.upper(), q.bound(), q.unit(), null, q.text());
                partOf = -1;
            }
            out.add(q);
            int after = QuantityContext.tokenStartingAt(s, base + m.end());
            if (q.unit() == null && "of".equals(s.lower(after))) {
                partOf = out.size() - 1;
            }
        }
        return out;
    }

    private ExtractedQuantity read(TaggedSentence s, int base, String text, Matcher m) {
        String bound = lower(m.group(1));
        boolean between = m.group(3) != null;
        String currency = m.group(4);
        double value = number(m.group(5));
        String scale = m.group(6) != null ? m.group(6) : m.group(7);
        String percent = m.group(8);
        String upperText = m.group(10);
        String upperScale = m.group(11) != null ? m.group(11) : m.group(12);
        String upperPercent = m.group(13);
        if (currency == null) {
            currency = m.group(9);
        }
        if (percent == null) {
            percent = upperPercent;
        }
        Double upper = null;
        if (upperText != null) {
            upper = number(upperText) * multiplier(upperScale != null ? upperScale : null);
            if (scale == null && upperScale != null && value < upper / multiplier(upperScale)) {
                scale = upperScale; // "3 to 4 million"
            }
        }
        value *= multiplier(scale);
        int first = QuantityContext.tokenStartingAt(s, base + m.start(5) - (currency == null ? 0 : currency.length()));
        if (upper != null && upper <= value) {
            if (value < 100 && upper < 100 && scale == null) {
                return null; // a score, "3-1"
            }
            upper = null;
        }
        if (between && upper == null) {
            return null;
        }
        if (upper != null && currency == null && scale == null && percent == null && QuantityContext.isYearNumber(value)
                && QuantityContext.isYearNumber(upper)) {
            return null; // "between 2015 and 2023" is a period
        }
        boolean plain = currency == null && scale == null && percent == null && upper == null
                && m.group(5).indexOf(',') < 0
                && m.group(5).indexOf('.') < 0;
        if (plain && QuantityContext.isYear(s, value, first)) {
            return null;
        }
        if (plain && first > 0 && Lexicon.MONTHS_AND_DAYS.contains(s.lower(first - 1))) {
            return null; // "March 3"
        }
        int last = QuantityContext.tokenEndingAt(s, base + m.end());
        String unit = null;
        int unitIndex = -1;
        if (currency != null) {
            unit = CURRENCY_SYMBOLS.get(currency);
        } else if (percent != null) {
            unit = percent.toLowerCase(Locale.ROOT).startsWith("percentage") ? "percentage point" : "percent";
        } else {
            unitIndex = QuantityContext.unitAfter(s, last + 1);
            if (unitIndex >= 0) {
                String word = s.lower(unitIndex);
                unit = CURRENCY_WORDS.getOrDefault(word, QuantityContext.singular(word));
                if (CENTS.contains(word)) {
                    value /= 100;
                    unit = "usd";
                }
            }
        }
        QuantityBound quantityBound = upper != null ? QuantityBound.RANGE : bound(bound);
        String measure = QuantityContext.measureAfter(s, unitIndex >= 0 ? unitIndex + 1 : last + 1);
        if (measure == null) {
            measure = QuantityContext.measureBefore(s, QuantityContext.tokenStartingAt(s, base + m.start()) - 1);
        }
        int spanEnd = unitIndex >= 0 ? s.ends()[unitIndex] : base + m.end();
        String span = s.text().substring(base + m.start(), spanEnd);
        return new ExtractedQuantity(value, upper, quantityBound, unit, measure, span);
    }

    /**
     * Spelled-out numbers that count something: "three people", "two mln shares", "six pct", "up to five billion
     * dlrs". A number word with neither a scale, a percent nor a counted noun after it ("one of them") is no quantity.
     */
    private void spelled(TaggedSentence s, int from, int to, List<ExtractedQuantity> out) {
        for (int i = from; i < to; i++) {
            Integer n = SPELLED.get(s.lower(i));
            if (n == null || i > 0 && s.token(i - 1).equals("-")) {
                continue;
            }
            int k = i + 1;
            double value = n;
            double scale = multiplier(s.lower(k));
            if (scale > 1) {
                value *= scale;
                k++;
            }
            String unit = null;
            int end = k;
            if (s.lower(k).equals("pct") || s.lower(k).equals("percent") || s.lower(k).equals("%")) {
                unit = "percent";
                end = k + 1;
            } else {
                int u = QuantityContext.unitAfter(s, k);
                if (u >= 0 && u < to) {
                    String word = s.lower(u);
                    unit = CURRENCY_WORDS.getOrDefault(word, QuantityContext.singular(word));
                    if (CENTS.contains(word)) {
                        value /= 100;
                        unit = "usd";
                    }
                    end = u + 1;
                }
            }
            if (unit == null && scale == 1) {
                continue;
            }
            int start = i;
            QuantityBound bound = QuantityBound.EXACT;
            if (i >= 2 && s.lower(i - 2).equals("up") && s.lower(i - 1).equals("to")) {
                bound = QuantityBound.AT_MOST;
                start = i - 2;
            } else if (i >= 1 && (s.lower(i - 1).equals("about") || s.lower(i - 1).equals("around")
                    || s.lower(i - 1).equals("nearly") || s.lower(i - 1).equals("some"))) {
                bound = QuantityBound.APPROXIMATE;
                start = i - 1;
            }
            out.add(new ExtractedQuantity(value, null, bound, unit, QuantityContext.measureAfter(s, end),
                    s.span(start, end)));
            i = end - 1;
        }
    }

    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static QuantityBound bound(String bound) {
        if (bound == null) {
            return QuantityBound.EXACT;
        }
        return switch (bound) {
            case "at least", "more than", "over", "above", "in excess of", "no fewer than", "no less than" ->
                QuantityBound.AT_LEAST;
            case "up to", "at most", "no more than", "not more than", "fewer than", "less than", "under", "below",
                    "as many as", "as much as" ->
                QuantityBound.AT_MOST;
            default -> QuantityBound.APPROXIMATE;
        };
    }

    private static double multiplier(String scale) {
        return scale == null ? 1 : SCALES.getOrDefault(scale.toLowerCase(Locale.ROOT), 1.0);
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

}
