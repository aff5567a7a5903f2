package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.StoreException;

/** The database changed between the preview and the import; nothing was imported. */
public final class PlanOutdatedException extends StoreException {

    public PlanOutdatedException() {
        super("The database changed after the import preview was made, so nothing was imported."
                + " Make the preview again and check it.");
    }
}
