package io.debtmeter.core.export.pdf;

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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a scorecard report shows, read and scored exactly as the scorecard screen does it
 * (ui.scorecard.ScorecardData): the same store reads, the same {@link ScoreCalculator}, the same
 * choice of actions.
 *
 * @param actions raised in this assessment (whatever became of them), then every action the team still has open
 */
public record ScorecardReportData(Assessment assessment, String teamName, Rubric rubric,
                                  Map<String, ItemResponse> responses, ScoreResult result, List<ActionItem> actions,
                                  Targets targets) {

    public ScorecardReportData {
        responses = Map.copyOf(responses);
        actions = List.copyOf(actions);
    }

    /** Blocks: reads the store. The rubric's own texts (English). */
    public static ScorecardReportData load(AssessmentStore store, ScoreCalculator calculator, UUID assessmentId) {
        return load(store, calculator, assessmentId, Locale.ENGLISH);
    }

    /**
     * Blocks: reads the store. The rubric with its texts in {@code language} where it has them
     * ({@link Rubric#localized}): for showing only, it scores exactly as the stored one.
     */
    public static ScorecardReportData load(AssessmentStore store, ScoreCalculator calculator, UUID assessmentId,
                                           Locale language) {
        Assessment assessment = store.assessment(assessmentId)
                .orElseThrow(() -> new StoreException("No assessment with id " + assessmentId + " in " + store.location()));
        Rubric rubric = store.rubricOf(assessmentId).localized(language.getLanguage());
        Map<String, ItemResponse> responses = store.responses(assessmentId);
        List<ActionItem> actions = store.actions(assessment.teamId()).stream()
                .filter(a -> a.raisedIn().equals(assessmentId) || a.isOpen())
                .toList();
        String teamName = store.team(assessment.teamId()).map(Team::name).orElse("");
        return new ScorecardReportData(assessment, teamName, rubric, responses,
                calculator.score(rubric, answers(responses)), actions, store.targets(assessmentId));
    }

    /** The answers as the calculator takes them: items without an answer are unanswered. */
    static Map<String, Answer> answers(Map<String, ItemResponse> responses) {
        return responses.values().stream()
                .filter(r -> r.answer().isPresent())
                .collect(Collectors.toMap(ItemResponse::itemId, r -> r.answer().get()));
    }
}
