package io.debtmeter.core.exchange;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.StoreException;

/** The database (or the file) changed between the preview and the import; nothing was imported. */
public final class PlanOutdatedException extends StoreException {

    public PlanOutdatedException() {
        this(ProblemTexts.ENGLISH.get("import.databaseChanged"));
    }

    public PlanOutdatedException(String message) {
        super(message);
    }
}
