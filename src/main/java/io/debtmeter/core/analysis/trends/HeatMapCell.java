package io.debtmeter.core.analysis.trends;

import java.util.OptionalDouble;

/**
 * What one assessment recorded for one item.
 *
 * @param level       the raw value on the rubric's scale: the level of a practice, or the score of the
 *                    chosen option of a litmus question; empty unless {@link State#SCORED}
 * @param score       the level normalised to 0..1 (0 = not practised, 1 = fully mature), as scored
 * @param answerLabel the level's label or the option's label; empty unless scored
 * @param note        the team's note, kept even for N/A and unanswered items; empty when none
 */
public record HeatMapCell(State state, OptionalDouble level, OptionalDouble score, String answerLabel, String note) {

    /** Four states, each drawn differently: only a scored cell has a level and a colour. */
    public enum State {
        SCORED,
        NOT_APPLICABLE,
        UNANSWERED,
        /** The assessment's rubric version does not have this item. */
        NOT_IN_RUBRIC,
        /** Nobody could tell: scored at the item's lowest point, so it has a level and a colour too. */
        DONT_KNOW
    }

    public HeatMapCell {
        answerLabel = answerLabel == null ? "" : answerLabel;
        note = note == null ? "" : note;
    }

    public static HeatMapCell scored(double level, double score, String answerLabel, String note) {
        return new HeatMapCell(State.SCORED, OptionalDouble.of(level), OptionalDouble.of(score), answerLabel, note);
    }

    /** "Don't know", scored at the item's lowest point {@code level}. */
    public static HeatMapCell dontKnow(double level, double score, String note) {
        return new HeatMapCell(State.DONT_KNOW, OptionalDouble.of(level), OptionalDouble.of(score), "", note);
    }

    public static HeatMapCell unscored(State state, String note) {
        if (state == State.SCORED || state == State.DONT_KNOW) {
            throw new IllegalArgumentException("A scored cell needs its level");
        }
        return new HeatMapCell(state, OptionalDouble.empty(), OptionalDouble.empty(), "", note);
    }
}
