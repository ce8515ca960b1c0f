package io.claimgraph.graphql;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import java.util.Iterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * Keeps SchemaContractTest's switch ({@code -Dclaimgraph.update-schema=true}) out of the application's configuration.
 * Surefire hands every {@code -D} of the Maven command line to the test JVM as a system property, and an unknown key
 * under {@code claimgraph.} fails the start (ClaimgraphConfig is a strict mapping). The test reads the switch with
 * {@link Boolean#getBoolean}, which this does not touch. Test classpath only.
 */
public class SchemaSwitchHider implements ConfigSourceInterceptor {

    static final String SWITCH = "claimgraph.update-schema";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        return SWITCH.equals(name) ? null : context.proceed(name);
    }

    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        Iterator<String> names = context.iterateNames();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(names, 0), false)
                .filter(name -> !SWITCH.equals(name)).iterator();
    }
}
