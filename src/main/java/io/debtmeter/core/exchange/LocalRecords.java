package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Team;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The database's side of a merge, read only as far as the rule needs it: the teams once, at the
 * first team planned; each team's assessments and actions when that team is planned; every other
 * team's actions only when a file's action is not found under its own team. Without a store (a
 * database that does not exist yet) nothing is here.
 */
final class LocalRecords {

    /** Null when the database does not exist yet. */
    private final AssessmentStore store;
    private Map<UUID, Team> byId;
    private Map<String, Team> byName;
    private Map<UUID, ActionItem> allActions;

    LocalRecords(AssessmentStore store) {
        this.store = store;
    }

    /**
     * The team with this id here, or null. Ids in a file are unique, so what an import writes for
     * one team cannot change the outcome of the next: the teams read at the first call serve all.
     */
    Team team(UUID id) {
        readTeams();
        return byId.get(id);
    }

    /** The team here whose name is the same as {@code name} (as names are compared), or null. */
    Team teamNamed(String name) {
        readTeams();
        return byName.get(ExchangeDocumentMapper.nameKey(name));
    }

    private void readTeams() {
        if (byId == null) {
            byId = new HashMap<>();
            byName = new HashMap<>();
            for (Team team : store == null ? List.<Team>of() : store.teams()) {
                byId.put(team.id(), team);
                byName.put(ExchangeDocumentMapper.nameKey(team.name()), team);
            }
        }
    }

    LocalCopies copies(Team local, ExchangeTeam entry) {
        return new LocalCopies(store, local, entry);
    }

    /** The actions of {@code local} by id, in the store's order; none when the team is not here. */
    Map<UUID, ActionItem> actions(Team local) {
        Map<UUID, ActionItem> actions = new LinkedHashMap<>();
        if (local != null) {
            store.actions(local.id()).forEach(action -> actions.put(action.id(), action));
        }
        return actions;
    }

    /**
     * An action with this id under another team of the database, or null. The store reads actions
     * by team only, so every team's are read, once, and only when a file's action is not found
     * under its own team: an id taken elsewhere must be a conflict, not a failed insert.
     */
    ActionItem elsewhere(UUID actionId) {
        if (allActions == null) {
            allActions = new HashMap<>();
            for (Team team : store == null ? List.<Team>of() : store.teams()) {
                store.actions(team.id()).forEach(action -> allActions.put(action.id(), action));
            }
        }
        return allActions.get(actionId);
    }
}
