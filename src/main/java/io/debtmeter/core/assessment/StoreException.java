package io.debtmeter.core.assessment;

/**
 * A store operation failed in a way the user must hear about (the file is locked, the disk is
 * full, the assessment is final). The message is written for the user; nothing was changed.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
