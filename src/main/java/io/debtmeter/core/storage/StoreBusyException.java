package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.StoreException;

/** Another program held the file's lock longer than the busy timeout; trying again may work. */
public final class StoreBusyException extends StoreException {

    StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
