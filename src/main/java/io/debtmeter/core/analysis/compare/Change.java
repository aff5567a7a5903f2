package io.debtmeter.core.analysis.compare;

import io.debtmeter.core.scoring.DebtMove;

import java.util.OptionalDouble;

/** How something moved from the "before" assessment to the "after" one. */
public enum Change {
    /** More mature (a higher level or maturity, a lower debt index). */
    IMPROVED,
    /** Less mature (a lower level or maturity, a higher debt index). */
    REGRESSED,
    UNCHANGED,
    /** One side has no score: not applicable, unanswered, or not in that side's rubric. */
    NOT_COMPARABLE;

    /** Differences smaller than this are rounding noise of the 0..1 normalisation, not a move. */
    static final double TOLERANCE = 1e-9;

    /** The glyph and word for this change, as every screen and report writes it (▼ = less debt). */
    public DebtMove debtMove() {
        return switch (this) {
            case IMPROVED -> DebtMove.LESS_DEBT;
            case REGRESSED -> DebtMove.MORE_DEBT;
            case UNCHANGED -> DebtMove.UNCHANGED;
            case NOT_COMPARABLE -> DebtMove.NOT_COMPARABLE;
        };
    }

    /** The change for a difference where more is better (levels, maturity); empty means not comparable. */
    static Change ofGain(OptionalDouble delta) {
        if (delta.isEmpty()) {
            return NOT_COMPARABLE;
        }
        double d = delta.getAsDouble();
        return d > TOLERANCE ? IMPROVED : d < -TOLERANCE ? REGRESSED : UNCHANGED;
    }

    /** The change for a difference where less is better (the debt index). */
    static Change ofLoss(OptionalDouble delta) {
        return delta.isEmpty() ? NOT_COMPARABLE : ofGain(OptionalDouble.of(-delta.getAsDouble()));
    }
}
