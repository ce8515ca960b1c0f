package io.claimgraph.ingest;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.graphql.BadUserInputException;
import io.claimgraph.graphql.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ingest stage 0: refuses input no article can be made of, before anything is read or written. Bean Validation
 * covers the field rules; the body limit is configuration; control characters are refused because they only
 * come from broken scrapers and would end up in every client's UI. In the body, the few that text as it arrives
 * legitimately carries are let through for normalisation to remove ({@link WireTextCleaner}): the framing marks of
 * wire transmissions (start of heading, start and end of text, end of transmission) and the form feed of a page.
 */
@ApplicationScoped
public class IngestInputCheck {

    private final InputValidator validator;
    private final int maxBodyChars;

    public IngestInputCheck(InputValidator validator, ClaimgraphConfig config) {
        this.validator = validator;
        this.maxBodyChars = config.ingest().maxBodyChars();
    }

    public void check(String argument, ArticleInput input) {
        validator.check(argument, input);
        if (input.body.length() > maxBodyChars) {
            throw new BadUserInputException(argument + ".body", argument + ".body is longer than " + maxBodyChars + " characters");
        }
        refuseControl(argument + ".url", input.url, false);
        refuseControl(argument + ".headline", input.headline, false);
        refuseControl(argument + ".publisher", input.publisher, false);
        if (input.body != null && hasControl(withoutWireFraming(input.body), true)) {
            throw new BadUserInputException(argument + ".body", argument + ".body contains control characters");
        }
    }

    private static void refuseControl(String field, String value, boolean lineBreaksAllowed) {
        if (value != null && hasControl(value, lineBreaksAllowed)) {
            throw new BadUserInputException(field, field + " contains control characters");
        }
    }

    /** The body with the wire's framing marks and form feeds blanked, when it has any (most bodies have none). */
    static String withoutWireFraming(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '\u0001' && c <= '\u0004' || c == '\f') {
                StringBuilder b = new StringBuilder(body);
                for (int k = i; k < b.length(); k++) {
                    char d = b.charAt(k);
                    if (d >= '\u0001' && d <= '\u0004' || d == '\f') {
                        b.setCharAt(k, ' ');
                    }
                }
                return b.toString();
            }
        }
        return body;
    }

    /**
     * Whether the text has a C0 or C1 control character ({@code \p{Cc}}), tab, line feed and carriage return aside
     * where line breaks are allowed. A plain loop: it reads every character of every body of a batch on the request's
     * thread, before any extraction can start, and a regular expression made that a measurable share of ingest.
     */
    static boolean hasControl(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || (c >= 0x7F && c <= 0x9F)) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }
}
