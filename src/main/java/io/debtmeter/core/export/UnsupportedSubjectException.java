package io.debtmeter.core.export;

/** A format was asked for a subject it does not cover; the message says which subjects it does. */
public final class UnsupportedSubjectException extends RuntimeException {

    public UnsupportedSubjectException(String message) {
        super(message);
    }
}
