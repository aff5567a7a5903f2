package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;

import java.util.Optional;

/**
 * The item's answer in the team's previous assessment.
 *
 * @param period the previous assessment's label, e.g. "2026-Q3"
 * @param answer empty when the item was left open then, or was not asked
 * @param asked  the previous assessment's rubric had the item; false for an item new since then or from
 *               another rubric, which must not read as "not answered"
 */
public record PreviousAnswer(String period, Optional<Answer> answer, boolean asked) {
}
