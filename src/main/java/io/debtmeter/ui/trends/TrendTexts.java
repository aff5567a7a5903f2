package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.HeatMapCell;
import io.debtmeter.core.analysis.trends.HeatMapColumn;
import io.debtmeter.core.analysis.trends.HeatMapRow;
import io.debtmeter.core.analysis.trends.TrendPoint;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.ui.common.Texts;

import java.time.LocalDate;

/** The words of the trends view: values as the scorecard shows them, and what a point or a cell says. */
final class TrendTexts {


    private final Texts texts;

    TrendTexts(Texts texts) {
        this.texts = texts;
    }

    Texts texts() {
        return texts;
    }

    /** One decimal, rounded half-up as on the scorecard, so the two never disagree. */
    String value(double value) {
        return texts.get("trends.value", ScoreCalculator.roundForDisplay(value));
    }

    String date(LocalDate date) {
        return texts.date(date);
    }

    String pointTip(TrendPoint point, String seriesName, double value) {
        return texts.get("trends.point.tip", point.period(), date(point.date()), seriesName, value(value));
    }

    String overallTip(TrendPoint point, double value) {
        return point.grade().isPresent()
                ? texts.get("trends.point.tip.overall", point.period(), date(point.date()), value(value), point.grade().get())
                : pointTip(point, texts.get("trends.legend.overall"), value);
    }

    String pointAccessible(TrendPoint point, String seriesName, double value) {
        return texts.get("trends.point.accessible", point.period(), seriesName, value(value));
    }

    /** What one heat-map cell says: item, period, answer, and the note when there is one. */
    String cell(HeatMapRow row, HeatMapColumn column, HeatMapCell cell) {
        String head = switch (cell.state()) {
            case SCORED -> texts.get("trends.heat.cell.scored", row.title(), column.period(),
                    DisplayNumbers.level(cell.level().getAsDouble()), cell.answerLabel());
            case NOT_APPLICABLE -> texts.get("trends.heat.cell.na", row.title(), column.period());
            case DONT_KNOW -> texts.get("trends.heat.cell.dontKnow", row.title(), column.period());
            case UNANSWERED -> texts.get("trends.heat.cell.unanswered", row.title(), column.period());
            case NOT_IN_RUBRIC -> texts.get("trends.heat.cell.notInVersion", row.title(), column.period(),
                    column.rubricVersion());
        };
        return cell.note().isBlank() ? head : head + "\n" + texts.get("trends.heat.cell.note", cell.note());
    }
}
