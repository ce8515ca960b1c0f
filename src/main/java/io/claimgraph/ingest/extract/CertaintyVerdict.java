package io.claimgraph.ingest.extract;

import io.claimgraph.model.Certainty;
import java.util.List;

/** How firmly a clause puts its claim, and the words that say so (lower case, as written). */
public record CertaintyVerdict(Certainty certainty, List<String> hedges) {
}
