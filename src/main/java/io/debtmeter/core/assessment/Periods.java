package io.debtmeter.core.assessment;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Period labels teams use for their quarterly retrospectives. */
public final class Periods {

    private Periods() {
    }

    /** The calendar quarter of a date, e.g. 2026-11-26 → "2026-Q4". */
    public static String quarterOf(LocalDate date) {
        return date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
    }
}
