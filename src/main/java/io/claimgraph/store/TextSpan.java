package io.claimgraph.store;

import org.eclipse.microprofile.graphql.Description;

/**
 * A range of characters in a string, as JavaScript indexes strings (UTF-16 code units): {@code text.slice(start, end)}.
 */
@Description("A range of a string's characters, as JavaScript indexes them: text.slice(start, end).")
public record TextSpan(@Description("First character, from 0.") int start,
        @Description("One past the last character.") int end) {
}
