package io.debtmeter.core.analysis.compare;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.util.Map;

/**
 * One side of a comparison as read from the store: the assessment, its team's name, the rubric snapshot
 * it was taken with, and its responses by item id (items never touched are absent).
 */
public record ComparedSide(Assessment assessment, String teamName, Rubric rubric, Map<String, ItemResponse> responses) {

    public ComparedSide {
        responses = Map.copyOf(responses);
    }
}
