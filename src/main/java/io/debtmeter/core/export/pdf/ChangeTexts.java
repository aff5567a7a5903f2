package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.core.analysis.compare.ItemSide;

/** Words and markers for how something moved between two assessments. */
final class ChangeTexts {

    private ChangeTexts() {
    }

    static Marker marker(Change change) {
        return Marker.of(change.debtMove());
    }

    static String word(Change change) {
        return change.debtMove().word();
    }

    /** One side's answer: "2 · Defined", an option's label, "N/A" or "unanswered". */
    static String side(ItemSide side, ReportNumbers numbers) {
        return switch (side.state()) {
            case LEVEL -> numbers.level(side.value().getAsDouble()) + " · " + side.label();
            case OPTION -> side.label();
            case NOT_APPLICABLE -> "N/A";
            case DONT_KNOW -> "don't know";
            case UNANSWERED -> "unanswered";
        };
    }
}
