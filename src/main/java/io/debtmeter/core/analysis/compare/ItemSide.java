package io.debtmeter.core.analysis.compare;

import java.util.OptionalDouble;

/**
 * One side's answer to one item, as the comparison shows it.
 *
 * @param value the raw scale value: the level, or the chosen option's score; empty for N/A and unanswered
 * @param label the level's label on the scale ("Managed") or the option's label; empty for N/A and unanswered
 * @param score the item score 0..1 (docs/scoring.md section 1); empty for N/A and unanswered
 * @param note  the team's note on the item, empty when none
 */
public record ItemSide(AnswerState state, OptionalDouble value, String label, OptionalDouble score, String note) {

    public ItemSide {
        label = label == null ? "" : label;
        note = note == null ? "" : note;
    }

    public boolean isScored() {
        return score.isPresent();
    }

    public boolean hasNote() {
        return !note.isBlank();
    }
}
