package io.debtmeter.ui.teams;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.ScoreSummary;

/**
 * One line of a team's assessment list: the assessment and the headline of its score (debt index,
 * grade, coverage), as the scorecard shows them.
 */
public record AssessmentRow(Assessment assessment, ScoreSummary score) {
}
