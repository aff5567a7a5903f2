package io.debtmeter.ui.compare;

import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.core.analysis.compare.ItemSide;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.ui.common.Texts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import io.debtmeter.core.scoring.DebtMove;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * The compare screen's words and numbers. A move is always told by a glyph and a signed number
 * ("▲ +2", "▼ −1", "= 0"), never by colour alone; "n/c" when there is nothing to compare.
 */
final class CompareText {

    static final String UP = "\u25B2";
    static final String DOWN = "\u25BC";
    static final String SAME = "=";
    private static final String MINUS = "\u2212";

    private final Texts texts;

    CompareText(Texts texts) {
        this.texts = texts;
    }

    Texts texts() {
        return texts;
    }

    String date(LocalDate date) {
        return texts.date(date);
    }

    /** "2026-Q3 · 14 Aug 2026 · Final", as the pickers list them. */
    String assessmentChoice(Assessment assessment) {
        return texts.get("compare.assessmentChoice", assessment.period(), date(assessment.date()),
                texts.get("compare.status." + assessment.status().name()));
    }

    /** "3 · Managed" for a level, the option's label for a litmus answer, "N/A", "Unanswered". */
    String answer(ItemSide side) {
        return switch (side.state()) {
            case LEVEL -> texts.get("compare.answer.level", ItemResponse.voteKey(side.value().getAsDouble()), side.label());
            case OPTION -> side.label();
            case NOT_APPLICABLE -> texts.get("compare.answer.notApplicable");
            case DONT_KNOW -> texts.get("compare.answer.dontKnow");
            case UNANSWERED -> texts.get("compare.answer.unanswered");
        };
    }

    /** "▼ +2" (two levels up: less debt), "▲ −1", "= 0" in levels, or "n/c". */
    String itemDelta(ItemDelta item) {
        return item.levelDelta().isPresent() ? glyphed(item.levelDelta().getAsDouble(), false, levelsFormat()::format)
                : texts.get("compare.notComparable.short");
    }

    /** For screen readers: "up 2 levels", "not comparable: not applicable before". */
    String itemDeltaAccessible(ItemDelta item) {
        if (item.levelDelta().isEmpty()) {
            return texts.get("compare.notComparable");
        }
        double levels = item.levelDelta().getAsDouble();
        String key = levels > 0 ? "compare.levels.up" : levels < 0 ? "compare.levels.down" : "compare.levels.same";
        return texts.get(key, Math.abs(levels), levelsFormat().format(Math.abs(levels)));
    }

    /** Points of maturity: "▼ +25.0" (more mature: less debt), "▲ −12.5", "= 0.0", or "n/c". */
    String maturityPoints(OptionalDouble delta) {
        return delta.isPresent() ? glyphed(delta.getAsDouble(), false, DisplayNumbers::shown) : texts.get("compare.notComparable.short");
    }

    /** Points of debt index: "▼ −12.5" (less debt), "▲ +25.0", "= 0.0", or "n/c". */
    String debtPoints(OptionalDouble delta) {
        return delta.isPresent() ? glyphed(delta.getAsDouble(), true, DisplayNumbers::shown) : texts.get("compare.notComparable.short");
    }

    /** A maturity or debt index as the scorecard shows it, or a dash. */
    String number(OptionalDouble value) {
        return DisplayNumbers.shown(value);
    }

    String change(Change change) {
        return texts.get("compare.change." + change.name());
    }

    /**
     * The glyph says which way the debt moved (▼ less, ▲ more: {@link DebtMove}), as the reports, Markdown and
     * the command line do; the number keeps its own sign. A level or maturity going up is less debt.
     */
    static String glyph(double delta, boolean higherIsMoreDebt) {
        if (delta == 0) {
            return SAME;
        }
        return (higherIsMoreDebt == delta < 0 ? DebtMove.LESS_DEBT : DebtMove.MORE_DEBT).glyph();
    }

    private static String glyphed(double delta, boolean higherIsMoreDebt, DoubleFunction<String> magnitude) {
        String sign = delta > 0 ? "+" : delta < 0 ? MINUS : "";
        return glyph(delta, higherIsMoreDebt) + " " + sign + magnitude.apply(Math.abs(delta));
    }

    private static DecimalFormat levelsFormat() {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
