package io.debtmeter.ui.scorecard;

import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.core.scoring.ScoreCalculator;
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

    /**
     * Like {@link #of}, but a litmus answer also gets the level its option scores ("1 · Gains usually
     * come at…"), so it reads on the same scale as the target beside it.
     */
    static String withLevel(Texts texts, Rubric rubric, Item item, Optional<Answer> answer) {
        if (answer.isPresent() && answer.get() instanceof Answer.Choice choice && item.option(choice.optionId()).isPresent()) {
            var option = item.option(choice.optionId()).get();
            return texts.get("scorecard.answer.level", ItemResponse.voteKey(option.score()), option.label());
        }
        return of(texts, rubric, item, answer);
    }

    /** A target maturity as a team types it: "75", or "72.5" when it has a fraction. */
    static String target(double value) {
        double shown = ScoreCalculator.roundForDisplay(value);
        return shown == Math.rint(shown) ? String.valueOf((long) shown) : DisplayNumbers.shown(shown);
    }

    /** A level of the scale with its label: "3 \u00b7 Routine"; a litmus target names the option of that score. */
    static String level(Texts texts, Rubric rubric, Item item, double level) {
        String label = item.options().stream().filter(o -> o.score() == level).map(o -> o.label()).findFirst()
                .orElse(rubric.scale().labelOf(level));
        return texts.get("scorecard.answer.level", ItemResponse.voteKey(level), label);
    }

    /** "5 votes" */
    static String votes(Texts texts, int count) {
        return texts.get("scorecard.votes", count);
    }
}
