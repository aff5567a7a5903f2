package io.debtmeter.core.assessment;

import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Team;

import java.util.List;

/**
 * A whole team as {@link BulkWrites#importTeams} writes it: the team, its assessments
 * with their answers and targets, and its actions, with every id and time already decided.
 *
 * @param actions each raised in one of {@code assessments}, in the order they were raised
 */
public record TeamBundle(Team team, List<AssessmentBundle> assessments, List<ActionItem> actions) {

    public TeamBundle {
        assessments = List.copyOf(assessments);
        actions = List.copyOf(actions);
    }
}
