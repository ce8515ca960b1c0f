package io.claimgraph.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Predicate;

/**
 * Runs a write again when it lost a race on a key to a concurrent writer: the loser's transaction is rolled back
 * and its next attempt finds what the winner committed. Writers check before they insert rather than lock, so two
 * of them can both find nothing and both insert; the key lets exactly one succeed.
 *
 * <p>An attempt must run in transactions of its own (a transaction that failed on a key cannot go on), which
 * {@link #inNewTransaction} opens for the usual case of one transaction per attempt.
 */
public final class KeyRaces {

    /** Lost to a writer that stored the same unique key first. */
    public static final Predicate<Throwable> UNIQUE_KEY = UniqueKeys::isUniqueViolation;

    /** {@link #UNIQUE_KEY}, or a row pointed to was deleted meanwhile (a foreign key). */
    public static final Predicate<Throwable> ANY_KEY = e -> UniqueKeys.isUniqueViolation(e)
            || UniqueKeys.isForeignKeyViolation(e);

    private KeyRaces() {
    }

    /** One attempt; {@code retry} is true after a lost race, for work that must look again at what is stored. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(boolean retry);
    }

    /** Told of each lost race before the next attempt, with the attempt (from 1) that lost. */
    @FunctionalInterface
    public interface Lost {
        void before(RuntimeException race, int attempt);
    }

    /**
     * Runs {@code attempt}, each time in a new transaction, up to {@code attempts} times while it fails on a key
     * that {@code lost} recognises; the last failure, or any other, is thrown.
     */
    public static <T> T inNewTransaction(int attempts, Predicate<Throwable> lost, Attempt<T> attempt) {
        return inNewTransaction(attempts, lost, attempt, (race, number) -> {
        });
    }

    /** {@link #inNewTransaction(int, Predicate, Attempt)}, telling {@code beforeRetry} of each lost race. */
    public static <T> T inNewTransaction(int attempts, Predicate<Throwable> lost, Attempt<T> attempt,
            Lost beforeRetry) {
        return run(attempts, lost, retry -> QuarkusTransaction.requiringNew().call(() -> attempt.run(retry)),
                beforeRetry);
    }

    /** Like {@link #inNewTransaction(int, Predicate, Attempt)}, where the attempt opens its transactions itself. */
    public static <T> T run(int attempts, Predicate<Throwable> lost, Attempt<T> attempt) {
        return run(attempts, lost, attempt, (race, number) -> {
        });
    }

    private static <T> T run(int attempts, Predicate<Throwable> lost, Attempt<T> attempt, Lost beforeRetry) {
        for (int number = 1;; number++) {
            try {
                return attempt.run(number > 1);
            } catch (RuntimeException e) {
                if (number >= attempts || !lost.test(e)) {
                    throw e;
                }
                beforeRetry.before(e, number);
            }
        }
    }
}
