package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.core.scoring.DebtMove;

/**
 * Which way a team's debt moved from its previous assessment to its latest one.
 * The direction follows the debt index as shown (rounded half-up to one decimal), so the arrow never
 * disagrees with the two numbers a person reads: see {@link DebtChange}.
 */
public enum Direction {
    /** Less debt than last time (the shown debt index went down by at least 0.1). */
    IMPROVED,
    /** The same shown debt index as last time. */
    UNCHANGED,
    /** More debt than last time (the shown debt index went up by at least 0.1). */
    REGRESSED,
    /** The team has only one assessment: there is nothing to compare with. */
    FIRST,
    /**
     * There is a previous assessment, but the two cannot be compared: they use different rubrics
     * (different rubric ids; versions of one rubric do compare), or one of them has no debt index
     * because nothing in it was scored.
     */
    NOT_COMPARABLE;

    /** The glyph and word for this move, as every screen and report writes it (▼ = less debt). */
    public DebtMove debtMove() {
        return switch (this) {
            case IMPROVED -> DebtMove.LESS_DEBT;
            case REGRESSED -> DebtMove.MORE_DEBT;
            case UNCHANGED -> DebtMove.UNCHANGED;
            case FIRST, NOT_COMPARABLE -> DebtMove.NOT_COMPARABLE;
        };
    }
}
