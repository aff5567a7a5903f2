package io.debtmeter.ui.scorecard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.model.Team;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the scorecard reads and computes, in one background call. */
public record ScorecardData(Assessment assessment, String teamName, Rubric rubric, Map<String, Answer> answers,
                     ScoreResult result, List<ActionItem> actions) {

    /** Blocks: call on the background executor. */
    static ScorecardData load(AssessmentStore store, ScoreCalculator calculator, UUID assessmentId) {
        Assessment assessment = store.assessment(assessmentId)
                .orElseThrow(() -> new StoreException("The assessment no longer exists."));
        Rubric rubric = store.rubricOf(assessmentId);
        Map<String, Answer> answers = store.responses(assessmentId).values().stream()
                .filter(r -> r.answer().isPresent())
                .collect(Collectors.toMap(ItemResponse::itemId, r -> r.answer().get()));
        // Raised in this assessment (whatever became of them), plus every action the team still has open.
        List<ActionItem> actions = store.actions(assessment.teamId()).stream()
                .filter(a -> a.raisedIn().equals(assessmentId) || a.isOpen())
                .toList();
        return new ScorecardData(assessment, store.team(assessment.teamId()).map(Team::name).orElse(""), rubric,
                answers, calculator.score(rubric, answers), actions);
    }
}
