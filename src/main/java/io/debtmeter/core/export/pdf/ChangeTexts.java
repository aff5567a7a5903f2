package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.core.analysis.compare.ItemSide;

/** Words and markers for how something moved between two assessments. */
final class ChangeTexts {

    private ChangeTexts() {
    }

    static Marker marker(Change change) {
        return switch (change) {
            case IMPROVED -> Marker.IMPROVED;
            case REGRESSED -> Marker.REGRESSED;
            case UNCHANGED -> Marker.UNCHANGED;
            case NOT_COMPARABLE -> Marker.NOT_COMPARABLE;
        };
    }

    static String word(Change change) {
        return switch (change) {
            case IMPROVED -> "improved";
            case REGRESSED -> "regressed";
            case UNCHANGED -> "unchanged";
            case NOT_COMPARABLE -> "not comparable";
        };
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
