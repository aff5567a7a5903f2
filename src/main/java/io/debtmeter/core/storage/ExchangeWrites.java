package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.ImportWrites;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The SQLite {@link ImportWrites}: the writes of an exchange import inside the one transaction
 * {@link SqliteAssessmentStore#applyImport} opened. Answers are written with ordinary SQL on the
 * response table, so triggers on it see every change.
 */
record ExchangeWrites(PreparedStatements statements, TeamRows teams, AssessmentRows assessments,
                      ResponseRows responses, TargetRows targets, ImportFingerprints fingerprints,
                      ImportSnapshots snapshots) implements ImportWrites {

    /** Holds no state: the columns are written the same for every import. */
    private static final JsonColumns JSON = new JsonColumns();

    /** With a snapshot cache of its own: one import stores each rubric once. */
    ExchangeWrites(PreparedStatements statements, StoreRows rows) {
        this(statements, rows.teams(), rows.assessments(), rows.responses(), rows.targets(), rows.fingerprints(),
                new ImportSnapshots(rows.snapshots()));
    }

    @Override
    public void addTeam(Team team) {
        run(() -> teams.insert(team));
    }

    @Override
    public void updateTeam(Team team) {
        run(() -> {
            String clean = team.name().strip();
            PreparedStatement update = statements.get("UPDATE team SET name = ?, name_key = ?, updated_at = ? WHERE id = ?");
            update.setString(1, clean);
            update.setString(2, TeamRows.nameKey(clean));
            update.setString(3, Timestamps.format(team.updatedAt()));
            update.setString(4, team.id().toString());
            requireOne(update.executeUpdate(), "team");
            return null;
        });
    }

    /** The snapshot is stored as the app stores snapshots. */
    @Override
    public void addAssessment(Assessment assessment, Rubric rubric, List<ItemResponse> answers, Targets set) {
        run(() -> {
            String hash = snapshots.store(rubric);
            check(rubric, answers, set);
            assessments.insert(assessment, hash);
            responses.saveAll(assessment.id(), answers, assessment.updatedAt());
            targets.setAll(assessment.id(), set, assessment.updatedAt());
            return null;
        });
    }

    @Override
    public void replaceAssessment(Assessment assessment, Rubric rubric, List<ItemResponse> answers, Targets set) {
        run(() -> {
            check(rubric, answers, set);
            PreparedStatement update = statements.get("UPDATE assessment SET assessed_on = ?, period = ?, participants = ?,"
                    + " status = ?, created_at = ?, updated_at = ? WHERE id = ?");
            update.setString(1, assessment.date().toString());
            update.setString(2, assessment.period());
            update.setString(3, JSON.strings(assessment.participants()));
            update.setString(4, assessment.status().name().toLowerCase(Locale.ROOT));
            update.setString(5, Timestamps.format(assessment.createdAt()));
            update.setString(6, Timestamps.format(assessment.updatedAt()));
            update.setString(7, assessment.id().toString());
            requireOne(update.executeUpdate(), "assessment");
            PreparedStatement deleteAnswers = statements.get("DELETE FROM response WHERE assessment_id = ?");
            deleteAnswers.setString(1, assessment.id().toString());
            deleteAnswers.executeUpdate();
            responses.saveAll(assessment.id(), answers, assessment.updatedAt());
            PreparedStatement deleteTargets = statements.get("DELETE FROM target WHERE assessment_id = ?");
            deleteTargets.setString(1, assessment.id().toString());
            deleteTargets.executeUpdate();
            targets.setAll(assessment.id(), set, assessment.updatedAt());
            return null;
        });
    }

    @Override
    public void rememberRecord(UUID assessmentId, String fingerprint) {
        run(() -> {
            fingerprints.remember(assessmentId, fingerprint);
            return null;
        });
    }

    @Override
    public void rememberAction(UUID actionId, String fingerprint) {
        run(() -> {
            fingerprints.rememberAction(actionId, fingerprint);
            return null;
        });
    }

    /** Unlike {@link ActionRows#insert}, the action may have lost its assessment ({@code raisedIn} null). */
    @Override
    public void addAction(ActionItem action) {
        run(() -> {
            PreparedStatement insert = statements.get("INSERT INTO action_item (id, team_id, raised_in, item_id, text,"
                    + " owner, due_on, status, created_at, updated_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.setString(1, action.id().toString());
            insert.setString(2, action.teamId().toString());
            if (action.raisedIn() == null) {
                insert.setNull(3, Types.VARCHAR);
            } else {
                insert.setString(3, action.raisedIn().toString());
            }
            insert.setString(4, action.itemId());
            bindChangeable(insert, 5, action);
            insert.setString(9, Timestamps.format(action.createdAt()));
            insert.setString(10, Timestamps.format(action.updatedAt()));
            ActionRows.setClosedAt(insert, 11, action.closedAt());
            insert.executeUpdate();
            return null;
        });
    }

    @Override
    public void updateAction(ActionItem action) {
        run(() -> {
            PreparedStatement update = statements.get("UPDATE action_item SET text = ?, owner = ?, due_on = ?, status = ?,"
                    + " updated_at = ?, closed_at = ? WHERE id = ?");
            bindChangeable(update, 1, action);
            update.setString(5, Timestamps.format(action.updatedAt()));
            ActionRows.setClosedAt(update, 6, action.closedAt());
            update.setString(7, action.id().toString());
            requireOne(update.executeUpdate(), "action");
            return null;
        });
    }

    private void bindChangeable(PreparedStatement statement, int first, ActionItem action) throws SQLException {
        statement.setString(first, ActionRows.checkedText(teams.texts(), action.text()));
        statement.setString(first + 1, action.owner());
        if (action.due().isPresent()) {
            statement.setString(first + 2, action.due().get().toString());
        } else {
            statement.setNull(first + 2, Types.VARCHAR);
        }
        statement.setString(first + 3, action.status().name().toLowerCase(Locale.ROOT));
    }

    private void check(Rubric rubric, List<ItemResponse> answers, Targets set) {
        for (ItemResponse answer : answers) {
            AnswerRules.check(teams.texts(), rubric, answer);
        }
        TargetRules.check(teams.texts(), rubric, set);
    }

    /** {@code what}: "team", "assessment" or "action". */
    private void requireOne(int changed, String what) {
        if (changed != 1) {
            throw new StoreException(teams.texts().get("store.updateGone." + what));
        }
    }

    /**
     * SQL failures become unchecked here, inside the store's transaction, which turns them back
     * into a {@link StoreException} saying what failed, after rolling everything back.
     */
    private static void run(WriteTransactions.Work<?> work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw new ImportSqlFailure(e);
        }
    }

    /** Carries an SQL failure out of the caller's code to {@link ImportTransactions#applyImport}. */
    static final class ImportSqlFailure extends RuntimeException {
        ImportSqlFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
