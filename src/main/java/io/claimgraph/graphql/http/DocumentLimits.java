package io.claimgraph.graphql.http;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.BadUserInputException;
import io.claimgraph.error.ErrorCodes;
import io.claimgraph.error.LimitExceededException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a document with SmallRye's token limit and measures it against the field and alias limits, before the
 * engine sees it; remembers the documents that passed, so a query sent again is not parsed again.
 */
final class DocumentLimits {

    private static final int CACHE_SIZE = 512;
    private static final int CACHE_MAX_QUERY = 16_384;

    private final ClaimgraphConfig.Graphql limits;
    private final int maxTokens;
    /** Summaries of documents that passed the checks, so repeated queries are not parsed twice per request. */
    private final Map<String, DocumentSummary> checked = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHE_SIZE * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, DocumentSummary> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    DocumentLimits(ClaimgraphConfig.Graphql limits, int maxTokens) {
        this.limits = limits;
        this.maxTokens = maxTokens;
    }

    /** The operations of a document that passed the checks: name (null for an anonymous one) → is a mutation. */
    record DocumentSummary(Map<String, Boolean> operations) {

        /** Whether the operation to run is a mutation; throws the refusal when there is no such single operation. */
        boolean isMutation(String operationName) {
            if (operationName != null && !operationName.isEmpty()) {
                Boolean mutation = operations.get(operationName);
                if (mutation == null) {
                    throw new BadUserInputException("operationName",
                            ErrorCodes.clean("Unknown operation named '" + operationName + "'"));
                }
                return mutation;
            }
            if (operations.size() == 1) {
                return operations.values().iterator().next();
            }
            throw new BadUserInputException("operationName", operations.isEmpty() ? "The document has no operation"
                    : "The document has several operations: name the one to run in operationName");
        }
    }

    /** Parses and measures the document; throws the refusal as a client error. */
    DocumentSummary summarise(String query) {
        DocumentSummary cached = checked.get(query);
        if (cached != null) {
            return cached;
        }
        Document document;
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                    .transform(b -> b.maxTokens(maxTokens));
            document = Parser
                    .parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
        } catch (ParseCancelledException e) {
            throw new LimitExceededException("query",
                    "The query is longer than allowed (more than " + maxTokens + " tokens, or too deeply nested)");
        } catch (InvalidSyntaxException e) {
            if (e.getMessage() != null && e.getMessage().contains("parsing has been cancelled")) {
                throw new LimitExceededException("query", "The query is nested too deeply to parse");
            }
            throw new BadUserInputException("query", ErrorCodes.clean("Syntax error: " + e.getMessage()));
        }
        int[] counts = new int[2]; // fields, aliases
        Map<String, Boolean> operations = new LinkedHashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                operations.put(operation.getName(), operation.getOperation() == OperationDefinition.Operation.MUTATION);
                count(operation.getSelectionSet(), counts);
            } else if (definition instanceof FragmentDefinition fragment) {
                count(fragment.getSelectionSet(), counts);
            }
        }
        if (counts[1] > limits.maxAliases()) {
            throw new LimitExceededException("query",
                    "The query has " + counts[1] + " aliased fields; at most " + limits.maxAliases() + " are allowed");
        }
        if (counts[0] > limits.maxFields()) {
            throw new LimitExceededException("query",
                    "The query selects " + counts[0] + " fields; at most " + limits.maxFields() + " are allowed");
        }
        DocumentSummary summary = new DocumentSummary(operations);
        if (query.length() <= CACHE_MAX_QUERY) {
            checked.put(query, summary);
        }
        return summary;
    }

    private static void count(SelectionSet selectionSet, int[] counts) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                counts[0]++;
                if (field.getAlias() != null) {
                    counts[1]++;
                }
                count(field.getSelectionSet(), counts);
            } else if (selection instanceof InlineFragment fragment) {
                count(fragment.getSelectionSet(), counts);
            }
        }
    }
}
