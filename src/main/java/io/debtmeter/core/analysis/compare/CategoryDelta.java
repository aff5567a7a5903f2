package io.debtmeter.core.analysis.compare;

import java.util.OptionalDouble;

/**
 * A category's maturity on both sides, matched by category id.
 *
 * @param title  the "after" rubric's title, or the "before" one's for a category only it has
 * @param before maturity 0..100 at full precision; empty when unscored or not in that rubric
 * @param after  likewise
 * @param delta  shown(after) − shown(before) in points, each rounded half-up to one decimal as the
 *               scorecard shows them, so the numbers on screen add up; empty when either side is empty
 */
public record CategoryDelta(
        String categoryId,
        String title,
        Presence presence,
        OptionalDouble before,
        OptionalDouble after,
        OptionalDouble delta,
        Change change) {

    /** Which rubrics have the category: a renamed category id appears once as each "only". */
    public enum Presence {
        BOTH,
        ONLY_BEFORE,
        ONLY_AFTER
    }
}
