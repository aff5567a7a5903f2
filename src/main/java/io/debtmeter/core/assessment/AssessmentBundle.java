package io.debtmeter.core.assessment;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;

import java.util.List;

/**
 * One assessment with everything recorded in it, for {@link BulkWrites#importTeams}.
 * The answers and targets are stamped with the assessment's {@code updatedAt}: the last time
 * anything in it changed.
 *
 * @param rubric    the rubric it was taken with; stored as its snapshot
 * @param responses in the order they were answered
 * @param targets   the targets set in this assessment
 */
public record AssessmentBundle(Assessment assessment, Rubric rubric, List<ItemResponse> responses, Targets targets) {

    public AssessmentBundle {
        responses = List.copyOf(responses);
    }
}
