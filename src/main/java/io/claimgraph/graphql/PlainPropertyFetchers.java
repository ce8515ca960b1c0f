package io.claimgraph.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Reads plain properties (strings, numbers, enums, objects, lists of them) straight off the source object.
 *
 * <p>SmallRye's default property fetcher builds a full request context for every field of every object it
 * returns: the field's path as a string and its selected sub-fields as JSON, twice. A page of 20 articles
 * with their claims, asserters and places resolves a few thousand such fields, and that bookkeeping was
 * most of the request's CPU and about 15 MB of garbage per request. Our property getters never read that
 * context, so for every field whose value goes out unchanged this fetcher simply calls the getter. Fields
 * that SmallRye must convert on the way out (a {@code Long} id shown as {@code ID}, dates, adapters, maps)
 * keep SmallRye's own fetcher.
 */
@RegisterForReflection
public class PlainPropertyFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (needsConversion(field)) {
            return null;
        }
        return new PlainPropertyFetcher(field, owner);
    }

    /** The cases SmallRye's own fetcher transforms or adapts; see its FieldHelper. */
    static boolean needsConversion(Field field) {
        Reference reference = field.getReference();
        boolean scalarShownAsAnotherType = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName());
        boolean adapted = field.isAdaptingWith() || field.isAdaptingTo()
                || reference.isAdaptingWith() || reference.isAdaptingTo();
        boolean unusualWrapper = field.hasWrapper()
                && (field.getWrapper().isMap() || field.getWrapper().isOptional() || field.getWrapper().isArray()
                        || field.getWrapper().hasWrapper());
        return scalarShownAsAnotherType || adapted || unusualWrapper || field.hasTransformation();
    }

    /** Calls the property's getter (or reads its public field) through a method handle resolved once. */
    static final class PlainPropertyFetcher implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final Field field;
        private final Reference owner;
        private volatile MethodHandle accessor;

        PlainPropertyFetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            MethodHandle handle = accessor;
            if (handle == null) {
                handle = resolve();
                accessor = handle;
            }
            try {
                return handle.invoke(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable unexpected) {
                throw new IllegalStateException(unexpected);
            }
        }

        private MethodHandle resolve() throws ReflectiveOperationException {
            Class<?> type = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle handle = field.getMethodName() != null
                    ? lookup.unreflect(type.getMethod(field.getMethodName()))
                    : lookup.unreflectGetter(type.getField(field.getPropertyName()));
            return handle.asType(MethodType.methodType(Object.class, Object.class));
        }
    }
}
