package io.debtmeter.core.assessment;

/**
 * A save refused because it was based on an answer that someone else has changed since: the store
 * kept theirs, and {@link #theirs()} is what it holds now, for the person to choose between.
 */
public final class AnswerConflictException extends StoreException {

    private final transient StoredResponse theirs;

    public AnswerConflictException(String message, StoredResponse theirs) {
        super(message);
        this.theirs = theirs;
    }

    /** The answer the store holds, saved by someone else after the version the refused save was based on. */
    public StoredResponse theirs() {
        return theirs;
    }
}
