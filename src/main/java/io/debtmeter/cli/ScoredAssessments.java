package io.debtmeter.cli;

import io.debtmeter.core.analysis.trends.AssessmentSnapshot;
import io.debtmeter.core.analysis.trends.TeamHistory;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.model.Team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A team's assessments, newest first, each scored with its own rubric version as its scorecard scores it. */
final class ScoredAssessments {

    /** One assessment with its score. */
    record Scored(Team team, Assessment assessment, String rubricTitle, ScoreResult result) {

        /** The debt index as shown on screen (one decimal, half-up); empty when nothing was scored. */
        OptionalDouble shownDebtIndex() {
            return result.debtIndex().isPresent()
                    ? OptionalDouble.of(ScoreCalculator.roundForDisplay(result.debtIndex().getAsDouble()))
                    : OptionalDouble.empty();
        }

        Optional<String> grade() {
            return result.grade().map(GradeBand::label);
        }
    }

    private final ScoreCalculator calculator = new ScoreCalculator();

    /** Newest first, as {@link AssessmentStore#assessments} lists them; three queries per team. */
    List<Scored> of(AssessmentStore store, Team team) {
        List<Scored> scored = new ArrayList<>();
        for (AssessmentSnapshot snapshot : TeamHistory.read(store, team.id())) {
            scored.add(new Scored(team, snapshot.assessment(), snapshot.rubric().title(),
                    calculator.score(snapshot.rubric(), snapshot.answers())));
        }
        Collections.reverse(scored);
        return scored;
    }
}
