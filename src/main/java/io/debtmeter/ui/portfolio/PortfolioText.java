package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.DebtChange;
import io.debtmeter.core.analysis.portfolio.PortfolioRow;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.Assessment;
import io.debtmeter.ui.common.Texts;

/** How the portfolio puts its numbers into words; every string comes from the bundle. */
final class PortfolioText {

    private PortfolioText() {
    }

    /** The arrow with its sign: "▼ −3.2" (less debt), "▲ +1.5" (more), "= 0.0"; "first", or a dash when there is nothing to compare. */
    static String change(Texts texts, PortfolioRow row) {
        if (row.latest().isEmpty()) {
            return DisplayNumbers.NONE;
        }
        DebtChange change = row.change();
        return switch (change.direction()) {
            case IMPROVED -> texts.get("portfolio.change.improved", magnitude(change));
            case REGRESSED -> texts.get("portfolio.change.regressed", magnitude(change));
            case UNCHANGED -> texts.get("portfolio.change.unchanged", magnitude(change));
            case FIRST -> texts.get("portfolio.change.first");
            case NOT_COMPARABLE -> texts.get("portfolio.change.notComparable");
        };
    }

    /** The same in a sentence, for screen readers and the tooltip. */
    static String changeSentence(Texts texts, PortfolioRow row) {
        if (row.latest().isEmpty()) {
            return texts.get("portfolio.never");
        }
        DebtChange change = row.change();
        String previous = DisplayNumbers.shown(row.previousDebtIndex());
        return switch (change.direction()) {
            case IMPROVED -> texts.get("portfolio.change.improved.accessible", magnitude(change), previous);
            case REGRESSED -> texts.get("portfolio.change.regressed.accessible", magnitude(change), previous);
            case UNCHANGED -> texts.get("portfolio.change.unchanged.accessible", DisplayNumbers.shown(row.debtIndex()));
            case FIRST -> texts.get("portfolio.change.first.accessible");
            case NOT_COMPARABLE -> otherRubric(row)
                    ? texts.get("portfolio.change.otherRubric", row.previous().map(Assessment::rubricId).orElse(""))
                    : texts.get("portfolio.change.unscored");
        };
    }

    /** "today", "1 day ago", "134 days ago". */
    static String daysAgo(Texts texts, long days) {
        if (days == 0) {
            return texts.get("portfolio.days.today");
        }
        return days > 0 ? texts.get("portfolio.days.ago", days) : texts.get("portfolio.days.future", -days);
    }

    /** "Final", "Draft", or with open items "Draft · partial". */
    static String status(Texts texts, PortfolioRow row) {
        if (row.latest().isEmpty()) {
            return DisplayNumbers.NONE;
        }
        String status = texts.get("portfolio.status." + row.latest().get().status().name());
        return row.isPartial() ? texts.get("portfolio.status.partial", status) : status;
    }

    /** The status in a sentence, with how many items are still open. */
    static String statusSentence(Texts texts, PortfolioRow row) {
        if (!row.isPartial()) {
            return status(texts, row);
        }
        String status = texts.get("portfolio.status." + row.latest().orElseThrow().status().name());
        return texts.get("portfolio.status.partial.accessible", status, row.coverage().orElseThrow().unanswered());
    }

    private static boolean otherRubric(PortfolioRow row) {
        return row.previous().isPresent() && row.latest().isPresent()
                && !row.previous().get().rubricId().equals(row.latest().get().rubricId());
    }

    private static String magnitude(DebtChange change) {
        return DisplayNumbers.shown(Math.abs(change.delta().orElse(0)));
    }
}
