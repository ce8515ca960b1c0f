package io.claimgraph.ingest;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.graphql.BadUserInputException;
import io.claimgraph.graphql.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Ingest stage 0: refuses input no article can be made of, before anything is read or written. Bean Validation
 * covers the field rules; the body limit is configuration; control characters are refused because they only
 * come from broken scrapers and would end up in every client's UI.
 */
@ApplicationScoped
public class IngestInputCheck {

    /** C0/C1 control characters other than tab, line feed and carriage return (allowed in the body only). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cc}");

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
        refuseControl(argument + ".url", input.url, ANY_CONTROL);
        refuseControl(argument + ".headline", input.headline, ANY_CONTROL);
        refuseControl(argument + ".publisher", input.publisher, ANY_CONTROL);
        refuseControl(argument + ".body", input.body, CONTROL);
    }

    private static void refuseControl(String field, String value, Pattern forbidden) {
        if (value != null && forbidden.matcher(value).find()) {
            throw new BadUserInputException(field, field + " contains control characters");
        }
    }
}
