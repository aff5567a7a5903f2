package io.debtmeter.core.storage;

import io.debtmeter.model.Team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading and changing teams for {@link SqliteAssessmentStore}, each one transaction. */
record TeamCommands(WriteTransactions transactions, Timestamps time, TeamRows teams) {

    TeamCommands(WriteTransactions transactions, Timestamps time, StoreRows rows) {
        this(transactions, time, rows.teams());
    }

    List<Team> all() {
        return transactions.read(StoreAction.READ_TEAMS, teams::all);
    }

    Optional<Team> find(UUID teamId) {
        return transactions.read(StoreAction.READ_TEAM, () -> teams.find(teamId));
    }

    Team create(String name) {
        return transactions.write(StoreAction.CREATE_TEAM, () -> teams.insert(name, time.now()));
    }

    Team rename(UUID teamId, String newName) {
        return transactions.write(StoreAction.RENAME_TEAM, () -> teams.rename(teamId, newName, time.now()));
    }

    void delete(UUID teamId) {
        transactions.write(StoreAction.DELETE_TEAM, () -> {
            teams.delete(teamId);
            return null;
        });
    }
}
