package io.debtmeter.core.assessment;

/**
 * The database server could not be reached (the network or the server is down). Nothing was
 * changed; the same call may succeed once the server is back, as the store connects again.
 */
public final class StoreUnreachableException extends StoreException {

    public StoreUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
