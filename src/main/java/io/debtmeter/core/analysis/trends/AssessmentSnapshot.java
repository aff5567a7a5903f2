package io.debtmeter.core.analysis.trends;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.util.HashMap;
import java.util.Map;

/**
 * One assessment together with the rubric version it was taken with and everything recorded in it:
 * what the trend and the heat map need of each column.
 *
 * @param responses by item id; items never touched are absent
 */
public record AssessmentSnapshot(Assessment assessment, Rubric rubric, Map<String, ItemResponse> responses) {

    public AssessmentSnapshot {
        responses = Map.copyOf(responses);
    }

    /** The answers as {@code ScoreCalculator} takes them: items without an answer are left out (unanswered). */
    public Map<String, Answer> answers() {
        Map<String, Answer> answers = new HashMap<>();
        responses.values().forEach(r -> r.answer().ifPresent(a -> answers.put(r.itemId(), a)));
        return answers;
    }
}
