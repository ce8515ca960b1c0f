package io.claimgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import io.smallrye.graphql.execution.QueryCache;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which of SmallRye's instrumentation is called per field, and that its state reaches it. */
class RequestInstrumentationTest {

    /** An instrumentation with per-field work (as tracing has), with a state of its own. */
    static final class PerField extends SimplePerformantInstrumentation {
        final AtomicInteger fields = new AtomicInteger();
        final InstrumentationState own = new InstrumentationState() {
        };
        InstrumentationState seen;

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            return CompletableFuture.completedFuture(own);
        }

        @Override
        public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
            fields.incrementAndGet();
            seen = state;
            return SimpleInstrumentationContext.noOp();
        }
    }

    @Test
    void smallRyesDocumentLevelPartsAreNotCalledPerField() throws Exception {
        var smallrye = new ChainedInstrumentation(List.of(new MaxQueryComplexityInstrumentation(1000),
                new MaxQueryDepthInstrumentation(20), new QueryCache()));
        RequestInstrumentation instrumentation = new RequestInstrumentation(smallrye, Duration.ofSeconds(30), 100, null);
        assertFalse(instrumentation.callsSmallRyePerField());
        InstrumentationState state = instrumentation.createStateAsync(null).get();
        assertNull(instrumentation.beginFieldExecution(null, state));
        assertNull(instrumentation.beginFieldCompletion(null, state));
    }

    @Test
    void anyOtherPartIsCalledPerFieldWithItsOwnState() throws Exception {
        PerField tracing = new PerField();
        var smallrye = new ChainedInstrumentation(List.of(new MaxQueryDepthInstrumentation(20), tracing));
        RequestInstrumentation instrumentation = new RequestInstrumentation(smallrye, Duration.ofSeconds(30), 100, null);
        assertTrue(instrumentation.callsSmallRyePerField());
        InstrumentationState state = instrumentation.createStateAsync(null).get();
        instrumentation.beginFieldExecution(null, state);
        instrumentation.beginFieldExecution(null, state);
        assertEquals(2, tracing.fields.get());

        PerField alone = new PerField();
        RequestInstrumentation direct = new RequestInstrumentation(alone, Duration.ofSeconds(30), 100, null);
        direct.beginFieldExecution(null, direct.createStateAsync(null).get());
        assertSame(alone.own, alone.seen, "the wrapped instrumentation gets the state it made");
    }
}
