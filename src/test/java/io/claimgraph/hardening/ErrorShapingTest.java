package io.claimgraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.language.SourceLocation;
import graphql.schema.DataFetcher;
import io.claimgraph.error.LimitExceededException;
import io.claimgraph.error.NotFoundException;
import io.claimgraph.graphql.ErrorShaping;
import io.claimgraph.graphql.RequestInstrumentation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The error shapes without a server: what the client reads, and what the log gets. */
class ErrorShapingTest {

    @Test
    void anUnexpectedExceptionBecomesInternalWithACorrelationIdThatIsAlsoLogged() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ErrorShaping.class.getName());
        logger.addHandler(handler);
        try {
            GraphQLError error = shapeOne(new ExceptionWhileDataFetching(ResultPath.parse("/articles"),
                    new IllegalStateException("could not execute statement [insert into article (url) values (?)]"),
                    new SourceLocation(1, 3)));
            Map<String, Object> extensions = error.getExtensions();
            assertEquals("INTERNAL", extensions.get("code"));
            String id = (String) extensions.get("correlationId");
            assertNotNull(id);
            assertTrue(error.getMessage().contains(id), error.getMessage());
            assertFalse(error.getMessage().toLowerCase().contains("insert"), error.getMessage());
            assertEquals(List.of("articles"), error.getPath());
            LogRecord logged = records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                    .findFirst().orElseThrow(() -> new AssertionError("nothing logged at ERROR"));
            String text = String.valueOf(logged.getMessage()) + " " + java.util.Arrays.toString(logged.getParameters());
            assertTrue(text.contains(id), text);
            assertNotNull(logged.getThrown(), "the stack trace goes to the log");
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void aClientErrorKeepsItsMessageCodeAndField() {
        GraphQLError error = shapeOne(new ExceptionWhileDataFetching(ResultPath.parse("/deleteArticle"),
                new NotFoundException("id", "article", 7), new SourceLocation(1, 12)));
        assertEquals("NOT_FOUND", error.getExtensions().get("code"));
        assertEquals("id", error.getExtensions().get("field"));
        assertEquals("No article with id 7", error.getMessage());
    }

    @Test
    void aFieldThatStartsAfterTheTimeBudgetIsRefused() throws Exception {
        RequestInstrumentation instrumentation = new RequestInstrumentation(Duration.ZERO, 100, null);
        InstrumentationState state = instrumentation.createStateAsync(null).get();
        Thread.sleep(2);
        DataFetcher<Object> fetcher = environment -> "ran";
        graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters parameters = new graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters(
                null,
                () -> graphql.schema.DataFetchingEnvironmentImpl.newDataFetchingEnvironment().build(), null, false);
        DataFetcher<?> wrapped = instrumentation.instrumentDataFetcher(fetcher, parameters, state);
        LimitExceededException refused = assertThrows(LimitExceededException.class,
                () -> wrapped.get(graphql.schema.DataFetchingEnvironmentImpl.newDataFetchingEnvironment().build()));
        assertTrue(refused.getMessage().contains("time budget"), refused.getMessage());

        RequestInstrumentation generous = new RequestInstrumentation(Duration.ofMinutes(1), 100, null);
        DataFetcher<?> ok = generous.instrumentDataFetcher(fetcher, parameters, generous.createStateAsync(null).get());
        // every execution has a GraphQL context (the inline-timer check reads it)
        assertEquals("ran", ok.get(graphql.schema.DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .graphQLContext(graphql.GraphQLContext.newContext().build()).build()));
    }

    private static GraphQLError shapeOne(GraphQLError error) {
        ExecutionResult result = ErrorShaping.shape(ExecutionResultImpl.newExecutionResult().addError(error).build());
        assertEquals(1, result.getErrors().size());
        return result.getErrors().get(0);
    }
}
