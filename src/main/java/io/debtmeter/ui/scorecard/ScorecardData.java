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
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the scorecard reads and computes, in one background call.
 *
 * @param responses everything recorded per item (notes, evidence, votes), by item id
 * @param targets   the targets as loaded; the view model keeps the current ones after a save
 * @param writable  false when the database was opened read-only: targets cannot be set then
 */
public record ScorecardData(Assessment assessment, String teamName, Rubric rubric, Map<String, Answer> answers,
                            Map<String, ItemResponse> responses, ScoreResult result, List<ActionItem> actions,
                            Targets targets, boolean writable) {

    public ScorecardData {
        answers = Map.copyOf(answers);
        responses = Map.copyOf(responses);
        actions = List.copyOf(actions);
    }

    /** Blocks: call on the background executor. */
    static ScorecardData load(AssessmentStore store, ScoreCalculator calculator, UUID assessmentId, String language) {
        Assessment assessment = store.assessment(assessmentId)
                .orElseThrow(() -> new StoreException("The assessment no longer exists."));
        Rubric rubric = store.rubricOf(assessmentId).localized(language);
        Map<String, ItemResponse> responses = store.responses(assessmentId);
        Map<String, Answer> answers = responses.values().stream()
                .filter(r -> r.answer().isPresent())
                .collect(Collectors.toMap(ItemResponse::itemId, r -> r.answer().get()));
        // Raised in this assessment (whatever became of them), plus every action the team still has open.
        List<ActionItem> actions = store.actions(assessment.teamId()).stream()
                .filter(a -> a.raisedIn().equals(assessmentId) || a.isOpen())
                .toList();
        return new ScorecardData(assessment, store.team(assessment.teamId()).map(Team::name).orElse(""), rubric,
                answers, responses, calculator.score(rubric, answers), actions, store.targets(assessmentId),
                !store.isReadOnly());
    }
}
