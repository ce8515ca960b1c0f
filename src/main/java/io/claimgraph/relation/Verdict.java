package io.claimgraph.relation;

import java.util.function.Supplier;

/**
 * What relation detection concluded about two claims. The reasons are worded only when asked for: most verdicts
 * of a busy story are not kept (each claim keeps its few best).
 *
 * @param kind          the relation
 * @param because       the reason from the first claim's side ("... vs ...")
 * @param becauseReverse the reason from the second claim's side
 */
public record Verdict(RelationKind kind, Supplier<String> because, Supplier<String> becauseReverse) {

    public String reason() {
        return because.get();
    }

    public String reverseReason() {
        return becauseReverse.get();
    }
}
