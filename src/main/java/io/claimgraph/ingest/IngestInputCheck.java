package io.claimgraph.ingest;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.BadUserInputException;
import io.claimgraph.error.InputValidator;
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
            throw new BadUserInputException(argument + ".body",
                    argument + ".body is longer than " + maxBodyChars + " characters");
        }
        refuseControl(argument + ".url", input.url);
        refuseControl(argument + ".headline", input.headline);
        refuseControl(argument + ".publisher", input.publisher);
        if (input.body != null && hasControl(input.body, AllowedControl.WIRE_TEXT)) {
            throw new BadUserInputException(argument + ".body", argument + ".body contains control characters");
        }
    }

    private static void refuseControl(String field, String value) {
        if (value != null && hasControl(value, AllowedControl.NONE)) {
            throw new BadUserInputException(field, field + " contains control characters");
        }
    }

    /** The control characters a text may carry. */
    enum AllowedControl {
        /** None: one-line fields. */
        NONE,
        /**
         * Tab, line feed and carriage return, the wire's framing marks (start of heading, start and end of text, end
         * of transmission) and the form feed of a page: an article body as it arrives, which normalisation cleans.
         */
        WIRE_TEXT;

        boolean allows(char c) {
            return switch (this) {
                case NONE -> false;
                case WIRE_TEXT -> c == '\t' || c == '\n' || c == '\r' || c >= '\u0001' && c <= '\u0004' || c == '\f';
            };
        }
    }

    /**
     * Whether the text has a C0 or C1 control character ({@code \p{Cc}}) that {@code allowed} does not let through.
     * A plain loop over the text as it is, no copy: it reads every character of every body of a batch on the request's
     * thread, before any extraction can start, and a regular expression made that a measurable share of ingest.
     */
    static boolean hasControl(String text, AllowedControl allowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || (c >= 0x7F && c <= 0x9F)) && !allowed.allows(c)) {
                return true;
            }
        }
        return false;
    }
}
