package io.debtmeter.core.exchange;

/**
 * Told how far a long import or export has come, from the thread doing it, and asked whether to
 * stop. Calls come often (once per team); an implementation that draws something throttles itself.
 */
public interface TransferProgress {

    /** Tells nothing, never stops. */
    TransferProgress NONE = (done, total, records) -> {
    };

    /**
     * @param done    how much is done, in the unit of {@code total} (bytes of a file read, teams written)
     * @param total   the whole, or 0 when not known
     * @param records teams, assessments and actions handled so far
     */
    void update(long done, long total, long records);

    /** True once the user asked to stop: the work then throws {@link TransferCancelledException}, undoing what it did. */
    default boolean cancelled() {
        return false;
    }

    /** Throws when the user asked to stop. */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new TransferCancelledException();
        }
    }
}
