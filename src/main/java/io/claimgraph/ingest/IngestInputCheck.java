package io.claimgraph.ingest;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.graphql.BadUserInputException;
import io.claimgraph.graphql.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ingest stage 0: refuses input no article can be made of, before anything is read or written. Bean Validation
 * covers the field rules; the body limit is configuration; control characters are refused because they only
 * come from broken scrapers and would end up in every client's UI.
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
        refuseControl(argument + ".body", input.body, true);
    }

    private static void refuseControl(String field, String value, boolean lineBreaksAllowed) {
        if (value != null && hasControl(value, lineBreaksAllowed)) {
            throw new BadUserInputException(field, field + " contains control characters");
        }
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
