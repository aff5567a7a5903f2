package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.StoreException;

/** The database (or the file) changed between the preview and the import; nothing was imported. */
public final class PlanOutdatedException extends StoreException {

    public PlanOutdatedException() {
        this("The database changed after the import preview was made, so nothing was imported."
                + " Make the preview again and check it.");
    }

    public PlanOutdatedException(String message) {
        super(message);
    }
}
