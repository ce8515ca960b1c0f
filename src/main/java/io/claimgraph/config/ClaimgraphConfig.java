package io.claimgraph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Claimgraph's own settings; each is also an environment variable (claimgraph.page.max-size → CLAIMGRAPH_PAGE_MAX_SIZE). */
@ConfigMapping(prefix = "claimgraph")
public interface ClaimgraphConfig {

    /** Folder of the embedded H2 database files in prod mode (used by quarkus.datasource.jdbc.url). */
    @WithDefault("./data")
    String dataDir();

    /**
     * The embedded H2 database's page cache in KB (used by quarkus.datasource.jdbc.url), held in the service's heap:
     * rows outside it are read and decoded from the file on every visit.
     */
    @WithDefault("16384")
    int h2CacheKb();

    Page page();

    Cursor cursor();

    Ingest ingest();

    interface Page {
        /** Largest {@code first} a connection accepts. */
        @WithDefault("100")
        int maxSize();
    }

    Search search();

    interface Search {
        /**
         * How many of the newest matches a search ranks: its hits are the most relevant of these. A word common to
         * half the archive then costs what a rare one costs, at any archive size; the newest of the rest never reach
         * the client anyway once the ranking passes a few pages.
         */
        @WithDefault("1000")
        int window();

        /**
         * How many of the newest rows that pass the filter a search reads at most; older rows are searched by asking
         * again with {@code olderThan}. The window alone leaves two searches whose cost grows with the archive: a word
         * too rare for the newest-first walk to fill the window soon, and a {@code -word} that removes every match.
         * Raise it and those searches cost more in proportion.
         */
        @WithDefault("10000")
        int horizon();
    }

    interface Cursor {
        /** The key of dev and test mode, which prod mode refuses ({@link CursorKeyCheck}). */
        String BUILT_IN_SECRET = "claimgraph-default-cursor-key-change-me";

        /** Key that signs cursors, so a forged one is refused. Replicas behind one load balancer must share it. */
        @WithDefault(BUILT_IN_SECRET)
        String secret();
    }

    interface Ingest {
        /**
         * Ingest articles on this replica. A read replica sets it to false: it never loads the language models or the
         * gazetteer, and answers ingest mutations with INGEST_DISABLED.
         */
        @WithDefault("true")
        boolean enabled();

        /** Largest article body accepted, in characters. */
        @WithDefault("1000000")
        int maxBodyChars();

        /** Most articles accepted in one ingestArticles call. */
        @WithDefault("100")
        int maxBatchSize();

        /**
         * Load the language models and the gazetteer in the background once the service has started, rather than at
         * the first ingest (which then waits for them).
         */
        @WithDefault("true")
        boolean warmUp();
    }

    Relations relations();

    interface Relations {
        /** Find corroborating and contradicting claims of other articles when articles are ingested and claims change. */
        @WithDefault("true")
        boolean enabled();

        /**
         * A claim without a date of its own counts as dated from this many days before its article's publication to
         * that day, when figures are compared: "about 1,000 killed" and "about 300 killed" published a month apart
         * may both be right.
         */
        @WithDefault("14")
        int windowDays();

        /** How many of the newest claims sharing a subject (and a figure's measure and unit) a new claim is compared with. */
        @WithDefault("20")
        int candidates();

        /** Most automatic relations a claim gets when it is (re)computed: contradictions first, then the newest claims. */
        @WithDefault("5")
        int maxPerClaim();
    }

    Geo geo();

    interface Geo {
        /** Most features one GeoJSON collection returns (locationsGeoJson, claimsGeoJson). */
        @WithDefault("5000")
        int maxFeatures();
    }

    SampleData sampleData();

    Auth auth();

    Graphql graphql();

    interface Auth {
        /**
         * Enforce access control: mutations need a bearer JWT with the group "editor". Off in dev mode and in the
         * tests' default profile; on in prod mode, where a verification key must then be configured.
         */
        @WithDefault("true")
        boolean enabled();

        /** Queries need a bearer JWT with the group "reader" (or "editor") too. */
        @WithDefault("false")
        boolean queriesRequireReader();
    }

    interface Graphql {
        /** Most aliased fields in one request. */
        @WithDefault("50")
        int maxAliases();

        /** Most field selections in one request's document, aliases and repeats included, fragments once each. */
        @WithDefault("500")
        int maxFields();

        /** How long one request may run: fields not started by then fail with LIMIT_EXCEEDED, a batch ingest stops. */
        @WithDefault("30S")
        Duration timeBudget();

        /**
         * Queries executing at once; 0 means twice the processors. More wait for a running one to end (see
         * io.claimgraph.graphql.http.QueryAdmission for why).
         */
        @WithDefault("0")
        int maxRunningQueries();

        /** Queries waiting to execute; one more is refused with HTTP 503 and LIMIT_EXCEEDED. */
        @WithDefault("1000")
        int maxWaitingQueries();
    }

    Live live();

    interface Live {
        /**
         * Events one subscription may have waiting for its client. A client that falls further behind gets a
         * LIMIT_EXCEEDED error and its subscription ends (the connection and its other subscriptions stay open).
         */
        @WithDefault("1000")
        int bufferSize();

        /** Most subscriptions open at once on this replica; one more is refused with LIMIT_EXCEEDED. */
        @WithDefault("1000")
        int maxSubscriptions();
    }

    interface SampleData {
        /** Ingest the bundled sample articles at start (on in dev mode). */
        @WithDefault("false")
        boolean enabled();

        /** A folder of further sample articles (.txt, first line the headline). */
        Optional<Path> directory();
    }
}
