package io.claimgraph.relation;

/**
 * What relation detection concluded about two claims, with the reason worded from each side.
 *
 * @param reason        from the first claim's side ("... vs ...")
 * @param reverseReason from the second claim's side
 */
public record Verdict(RelationKind kind, String reason, String reverseReason) {
}
