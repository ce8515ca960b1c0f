package io.claimgraph.live;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** The relay of a single-process database (H2): subscribers of this process are all there are. */
@DefaultBean
@ApplicationScoped
public class LocalOnlyRelay implements LiveRelay {

    @Override
    public void announce(LiveEvent event) {
    }
}
