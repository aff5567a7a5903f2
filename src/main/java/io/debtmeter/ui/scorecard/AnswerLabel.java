package io.debtmeter.ui.scorecard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.common.Texts;

import java.util.Optional;

/** An answer in words: "1 · Ad hoc" for a level, the option's label for a litmus question. */
final class AnswerLabel {

    private AnswerLabel() {
    }

    static String of(Texts texts, Rubric rubric, Item item, Optional<Answer> answer) {
        if (answer.isEmpty()) {
            return texts.get("scorecard.answer.none");
        }
        if (answer.get() instanceof Answer.Level level) {
            return texts.get("scorecard.answer.level", ItemResponse.voteKey(level.value()), rubric.scale().labelOf(level.value()));
        }
        if (answer.get() instanceof Answer.Choice choice) {
            return item.option(choice.optionId()).map(o -> o.label()).orElse(choice.optionId());
        }
        return texts.get("scorecard.answer.notApplicable");
    }

    /** Maturities and the index are shown as the scorecard rounds them: one decimal, half-up. */
    static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", io.debtmeter.core.scoring.ScoreCalculator.roundForDisplay(value));
    }
}
