package io.debtmeter.core.exchange;

import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Team;

import java.util.List;

/**
 * A team with the assessments and actions a file carries for it.
 *
 * @param assessments oldest first (date, then creation time, then id)
 * @param actions     by creation time, then id
 */
public record ExchangeTeam(Team team, List<ExchangeAssessment> assessments, List<ActionItem> actions) {

    public ExchangeTeam {
        assessments = List.copyOf(assessments);
        actions = List.copyOf(actions);
    }
}
