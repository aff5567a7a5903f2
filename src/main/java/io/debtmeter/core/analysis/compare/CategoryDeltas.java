package io.debtmeter.core.analysis.compare;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Category;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Category maturities and the debt index of two scored sides, matched by category id. */
final class CategoryDeltas {

    private CategoryDeltas() {
    }

    /** The "after" rubric's categories in its order, then those only the "before" rubric has, in its order. */
    static List<CategoryDelta> of(ScoredSide before, ScoredSide after) {
        List<CategoryDelta> deltas = new ArrayList<>();
        for (Category category : after.rubric().categories()) {
            boolean inBefore = before.rubric().category(category.id()).isPresent();
            OptionalDouble was = inBefore ? maturity(before.score(), category.id()) : OptionalDouble.empty();
            deltas.add(delta(category, inBefore ? CategoryDelta.Presence.BOTH : CategoryDelta.Presence.ONLY_AFTER,
                    was, maturity(after.score(), category.id())));
        }
        Rubric afterRubric = after.rubric();
        for (Category category : before.rubric().categories()) {
            if (afterRubric.category(category.id()).isEmpty()) {
                deltas.add(delta(category, CategoryDelta.Presence.ONLY_BEFORE,
                        maturity(before.score(), category.id()), OptionalDouble.empty()));
            }
        }
        return deltas;
    }

    static OverallDelta overall(ScoredSide before, ScoredSide after) {
        OptionalDouble was = before.score().debtIndex();
        OptionalDouble is = after.score().debtIndex();
        OptionalDouble delta = shownDifference(was, is);
        return new OverallDelta(was, is, delta, Change.ofLoss(delta));
    }

    /**
     * shown(after) − shown(before), each rounded half-up to one decimal as the scorecard shows it, and the
     * difference rounded again so binary noise (33.4 − 33.3 = 0.0999…) does not leak into the text.
     */
    static OptionalDouble shownDifference(OptionalDouble before, OptionalDouble after) {
        if (before.isEmpty() || after.isEmpty()) {
            return OptionalDouble.empty();
        }
        double difference = ScoreCalculator.roundForDisplay(after.getAsDouble())
                - ScoreCalculator.roundForDisplay(before.getAsDouble());
        return OptionalDouble.of(ScoreCalculator.roundForDisplay(difference));
    }

    private static CategoryDelta delta(Category category, CategoryDelta.Presence presence,
                                       OptionalDouble before, OptionalDouble after) {
        OptionalDouble delta = shownDifference(before, after);
        return new CategoryDelta(category.id(), category.title(), presence, before, after, delta, Change.ofGain(delta));
    }

    private static OptionalDouble maturity(ScoreResult score, String categoryId) {
        return score.category(categoryId).map(CategoryScore::maturity).orElse(OptionalDouble.empty());
    }
}
