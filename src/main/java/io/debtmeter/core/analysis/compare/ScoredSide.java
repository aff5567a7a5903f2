package io.debtmeter.core.analysis.compare;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;

/** One side of a finished comparison: what was compared and its score under its own rubric. */
public record ScoredSide(Assessment assessment, String teamName, Rubric rubric, ScoreResult score) {
}
