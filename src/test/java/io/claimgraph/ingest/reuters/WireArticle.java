package io.claimgraph.ingest.reuters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Reuters-21578 record as ingest receives it (see src/test/resources/reuters/README.md): the dateline followed by
 * the body, SGML character references decoded and nothing else changed; the headline; the url
 * {@code reuters-21578:<NEWID>}.
 */
record WireArticle(String newId, String headline, String body) {

    private static final Pattern RECORD = Pattern.compile("<REUTERS [^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>",
            Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("&(#(\\d+)|lt|gt|amp|quot|apos);");

    String url() {
        return "reuters-21578:" + newId;
    }

    /** The records of an SGML file under src/test/resources/reuters, in file order. */
    static List<WireArticle> read(String resource) {
        String sgml = resource(resource);
        List<WireArticle> out = new ArrayList<>();
        Matcher m = RECORD.matcher(sgml);
        while (m.find()) {
            String record = m.group(2);
            String title = element(record, "TITLE");
            String dateline = element(record, "DATELINE");
            String body = element(record, "BODY");
            out.add(new WireArticle(m.group(1), decode(title == null ? "" : title),
                    decode((dateline == null ? "" : dateline) + (body == null ? "" : body))));
        }
        return out;
    }

    static String resource(String name) {
        // the collection is ASCII apart from a few Latin-1 bytes; Latin-1 reads every byte as one character
        return resource(name, StandardCharsets.ISO_8859_1);
    }

    static String resource(String name, java.nio.charset.Charset charset) {
        try (InputStream in = WireArticle.class.getResourceAsStream("/reuters/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource /reuters/" + name);
            }
            return new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String element(String record, String name) {
        int open = record.indexOf("<" + name + ">");
        if (open < 0) {
            return null;
        }
        int from = open + name.length() + 2;
        int close = record.indexOf("</" + name + ">", from);
        return close < 0 ? null : record.substring(from, close);
    }

    static String decode(String sgml) {
        Matcher m = REFERENCE.matcher(sgml);
        StringBuilder out = new StringBuilder(sgml.length());
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> String.valueOf((char) Integer.parseInt(m.group(2)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
