package io.claimgraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ingest stage 1a: what pasted and wire copy carries besides the text. HTML character references are decoded
 * ({@code &amp;}, {@code &nbsp;}, {@code &#8217;}); HTML tags are removed, block tags ({@code <p>}, {@code <br>},
 * {@code <div>} ...) leaving a paragraph break; form feeds become paragraph breaks; soft hyphens and other control
 * characters (the wire's start- and end-of-text marks) are removed. Angle brackets that are not an HTML element
 * stay: wire copy writes company names as {@code <Halvorsen N.V.>}. Each kind of change is reported once.
 */
final class WireTextCleaner {

    private static final Map<String, String> NAMED_REFERENCES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("hellip", "\u2026"), Map.entry("shy", "\u00AD"),
            Map.entry("eacute", "\u00E9"), Map.entry("euro", "\u20AC"), Map.entry("pound", "\u00A3"),
            Map.entry("copy", "\u00A9"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"));

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "blockquote",
            "section",
            "article", "hr", "header", "footer", "figure", "figcaption", "pre");
    private static final Set<String> INLINE_TAGS = Set.of(
            "span", "b", "i", "em", "strong", "a", "font", "u", "sup", "sub", "small", "img", "td", "th", "tbody",
            "thead",
            "abbr", "cite", "q", "s", "strike", "mark", "time", "wbr", "nobr");

    /** The cleaned text and what was done to it. */
    record Cleaned(String text, List<String> changes) {
    }

    private WireTextCleaner() {
    }

    static Cleaned clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean entities = false;
        boolean tags = false;
        boolean controls = false;
        boolean softHyphens = false;
        boolean formFeeds = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '&') {
                int end = referenceEnd(text, i);
                String decoded = end < 0 ? null : decode(text.substring(i + 1, end));
                if (decoded != null) {
                    entities = true;
                    i = end;
                    // a decoded reference may itself be a soft hyphen or a no-break space: handled below as text
                    for (int k = 0; k < decoded.length(); k++) {
                        char d = decoded.charAt(k);
                        if (d == '\u00AD') {
                            softHyphens = true;
                        } else {
                            out.append(d);
                        }
                    }
                    continue;
                }
            } else if (c == '<') {
                int end = text.indexOf('>', i);
                String name = end < 0 ? null : tagName(text, i + 1, end);
                if (name != null && (BLOCK_TAGS.contains(name) || INLINE_TAGS.contains(name))) {
                    tags = true;
                    out.append(BLOCK_TAGS.contains(name) ? "\n\n" : " ");
                    i = end;
                    continue;
                }
            } else if (c == '\f') {
                formFeeds = true;
                out.append("\n\n");
                continue;
            } else if (c == '\u00AD') {
                softHyphens = true;
                continue;
            } else if ((c < 0x20 || c >= 0x7F && c <= 0x9F) && c != '\n' && c != '\r' && c != '\t') {
                controls = true;
                out.append(c == '\u0085' ? '\n' : ' '); // NEL is a line break; the rest only marks the wire's frame
                continue;
            }
            out.append(c);
        }
        List<String> changes = new java.util.ArrayList<>(5);
        if (entities) {
            changes.add("HTML character references decoded");
        }
        if (tags) {
            changes.add("HTML tags removed");
        }
        if (formFeeds) {
            changes.add("form feeds read as paragraph breaks");
        }
        if (softHyphens) {
            changes.add("soft hyphens removed");
        }
        if (controls) {
            changes.add("control characters removed");
        }
        return new Cleaned(out.toString(), changes);
    }

    /** Index of the ';' that ends a character reference starting at {@code amp}, or -1. */
    private static int referenceEnd(String text, int amp) {
        int limit = Math.min(text.length(), amp + 12);
        for (int k = amp + 1; k < limit; k++) {
            char c = text.charAt(k);
            if (c == ';') {
                return k > amp + 1 ? k : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    private static String decode(String reference) {
        if (reference.startsWith("#")) {
            try {
                int code = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X')
                        ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED_REFERENCES.get(reference.toLowerCase(Locale.ROOT));
    }

    /** The lower-case element name of {@code <name ...>} or {@code </name>}, or null when it is no tag. */
    private static String tagName(String text, int from, int end) {
        int k = from;
        if (k < end && text.charAt(k) == '/') {
            k++;
        }
        int start = k;
        while (k < end && Character.isLetterOrDigit(text.charAt(k)) && text.charAt(k) < 128) {
            k++;
        }
        if (k == start || k < end && !(text.charAt(k) == ' ' || text.charAt(k) == '/' || text.charAt(k) == '\t')) {
            return null;
        }
        String rest = text.substring(k, end).strip();
        // "<A Holdings Ltd>" is a company as wire copy writes it; a tag's words after its name are attributes
        if (!(rest.isEmpty() || rest.equals("/") || rest.contains("="))) {
            return null;
        }
        String name = text.substring(start, k).toLowerCase(Locale.ROOT);
        return name;
    }
}
