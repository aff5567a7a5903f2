package io.debtmeter.ui.teams;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.ScoreSummary;

/** One line of a team's assessment list: the assessment and the headline of its score, as the scorecard shows it. */
public record AssessmentRow(Assessment assessment, ScoreSummary score) {
}
