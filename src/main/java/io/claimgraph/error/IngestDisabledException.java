package io.claimgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * An ingest mutation reached a replica that only serves reads ({@code claimgraph.ingest.enabled=false}): it has no
 * language models or gazetteer to extract claims with. Sent again to an ingest writer, the same request succeeds.
 */
@ErrorCode("INGEST_DISABLED")
public class IngestDisabledException extends ClientError {

    public IngestDisabledException() {
        super("This replica serves reads only and does not ingest articles: send ingest mutations to the ingest service");
    }
}
