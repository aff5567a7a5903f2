package io.debtmeter.ui.teams;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.ScoreResult;

/** One line of a team's assessment list: the assessment and its score as the scorecard shows it. */
public record AssessmentRow(Assessment assessment, ScoreResult score) {
}
