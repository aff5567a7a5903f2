package io.debtmeter.core.exchange;

import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Team;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A team with the assessments and actions a file carries for it.
 *
 * @param assessments        oldest first (date, then creation time, then id)
 * @param actions            by creation time, then id
 * @param actionFingerprints of the actions read record by record from a file, by id: the fingerprint
 *                           of each one's bytes ({@link RecordFingerprints}); empty when not read so
 * @param actionsStoredAsRead the ids of actions known by their fingerprints to be stored in the
 *                           database exactly as in the file (decision 0037): each is the database's copy
 */
public record ExchangeTeam(Team team, List<ExchangeAssessment> assessments, List<ActionItem> actions,
                           Map<UUID, String> actionFingerprints, Set<UUID> actionsStoredAsRead) {

    public ExchangeTeam {
        assessments = List.copyOf(assessments);
        actions = List.copyOf(actions);
        actionFingerprints = Map.copyOf(actionFingerprints);
        actionsStoredAsRead = Set.copyOf(actionsStoredAsRead);
    }

    /** Not read record by record from a file's bytes. */
    public ExchangeTeam(Team team, List<ExchangeAssessment> assessments, List<ActionItem> actions) {
        this(team, assessments, actions, Map.of(), Set.of());
    }

    /** Two copies of the same team are equal wherever they were read from: the fingerprints say only where. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ExchangeTeam that && team.equals(that.team) && assessments.equals(that.assessments)
                && actions.equals(that.actions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(team, assessments, actions);
    }
}
