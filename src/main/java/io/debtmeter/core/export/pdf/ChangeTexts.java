package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.core.analysis.compare.ItemSide;
import io.debtmeter.core.export.text.ReportTexts;

/** Words and markers for how something moved between two assessments. */
final class ChangeTexts {

    private ChangeTexts() {
    }

    static Marker marker(Change change) {
        return Marker.of(change.debtMove());
    }

    static String word(Change change, ReportTexts texts) {
        return texts.word(change.debtMove());
    }

    /** One side's answer: "2 · Defined", an option's label, "N/A" or "unanswered". */
    static String side(ItemSide side, ReportNumbers numbers, ReportTexts texts) {
        return switch (side.state()) {
            case LEVEL -> numbers.level(side.value().getAsDouble()) + " · " + side.label();
            case OPTION -> side.label();
            case NOT_APPLICABLE -> texts.get("answer.na");
            case DONT_KNOW -> texts.get("answer.dontKnow");
            case UNANSWERED -> texts.get("answer.unanswered");
        };
    }
}
