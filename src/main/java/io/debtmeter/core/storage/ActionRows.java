package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The action_item table. */
record ActionRows(PreparedStatements statements, ProblemTexts texts) {

    private static final String COLUMNS = "id, team_id, raised_in, item_id, text, owner, due_on, status,"
            + " created_at, updated_at, closed_at";

    /** Open ones first, then in the order they were raised. */
    List<ActionItem> ofTeam(UUID teamId) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM action_item WHERE team_id = ?"
                + " ORDER BY status = 'open' DESC, created_at, rowid", teamId);
        return PreparedStatements.all(select, ActionRows::action);
    }

    /** The team's actions that have an import fingerprint, by it (see {@link ImportFingerprints}). */
    Map<String, ActionItem> imported(UUID teamId) throws SQLException {
        PreparedStatement select = statements.get("SELECT a." + COLUMNS.replace(", ", ", a.") + ", f.sha256"
                + " FROM action_item a JOIN action_import_fingerprint f ON f.action_id = a.id WHERE a.team_id = ?", teamId);
        return PreparedStatements.byKey(select, rows -> rows.getString(12), ActionRows::action);
    }

    ActionItem require(UUID id) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM action_item WHERE id = ?", id);
        try (ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new StoreException(texts.get("store.actionGone"));
            }
            return action(rows);
        }
    }

    void insert(ActionItem action) throws SQLException {
        PreparedStatement insert = statements.get("INSERT INTO action_item (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.setString(1, action.id().toString());
        insert.setString(2, action.teamId().toString());
        insert.setString(3, action.raisedIn().toString());
        insert.setString(4, action.itemId());
        insert.setString(5, checkedText(texts, action.text()));
        insert.setString(6, action.owner());
        setDue(insert, 7, action.due());
        insert.setString(8, status(texts, action.status()));
        insert.setString(9, Timestamps.format(action.createdAt()));
        insert.setString(10, Timestamps.format(action.updatedAt()));
        setClosedAt(insert, 11, action.closedAt());
        insert.executeUpdate();
    }

    /**
     * Changes what a user can change; team, item, origin and creation time stay as stored. The
     * closing time is the store's: {@code now} when an open action is closed, none when it is
     * reopened, and unchanged when a closed one is edited (or moved between done and dropped).
     */
    void update(ActionItem changed, Instant now) throws SQLException {
        PreparedStatement update = statements.get("UPDATE action_item SET text = ?, owner = ?, due_on = ?, status = ?,"
                + " updated_at = ?,"
                // In SQLite's SET, "status" and "closed_at" are the row's values before this update.
                + " closed_at = CASE WHEN ? = 'open' THEN NULL WHEN status = 'open' THEN ? ELSE closed_at END"
                + " WHERE id = ?");
        String status = status(texts, changed.status());
        update.setString(1, checkedText(texts, changed.text()));
        update.setString(2, changed.owner());
        setDue(update, 3, changed.due());
        update.setString(4, status);
        update.setString(5, Timestamps.format(now));
        update.setString(6, status);
        update.setString(7, Timestamps.format(now));
        update.setString(8, changed.id().toString());
        if (update.executeUpdate() == 0) {
            throw new StoreException(texts.get("store.actionGone"));
        }
    }

    static String checkedText(ProblemTexts texts, String text) {
        if (text == null || text.isBlank()) {
            throw new StoreException(texts.get("store.actionTextMissing"));
        }
        return text;
    }

    private static void setDue(PreparedStatement statement, int index, Optional<LocalDate> due) throws SQLException {
        if (due != null && due.isPresent()) {
            statement.setString(index, due.get().toString());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    static void setClosedAt(PreparedStatement statement, int index, Optional<Instant> closedAt) throws SQLException {
        if (closedAt.isPresent()) {
            statement.setString(index, Timestamps.format(closedAt.get()));
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static String status(ProblemTexts texts, ActionStatus status) {
        if (status == null) {
            throw new StoreException(texts.get("store.actionStatusMissing"));
        }
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** {@code raisedIn} is null once the assessment it was raised in has been deleted. */
    private static ActionItem action(ResultSet rows) throws SQLException {
        String raisedIn = rows.getString(3);
        String due = rows.getString(7);
        return new ActionItem(UUID.fromString(rows.getString(1)), UUID.fromString(rows.getString(2)),
                raisedIn == null ? null : UUID.fromString(raisedIn), rows.getString(4), rows.getString(5),
                rows.getString(6), due == null ? Optional.empty() : Optional.of(LocalDate.parse(due)),
                ActionStatus.valueOf(rows.getString(8).toUpperCase(Locale.ROOT)),
                Timestamps.parse(rows.getString(9)), Timestamps.parse(rows.getString(10)),
                Optional.ofNullable(rows.getString(11)).map(Timestamps::parse));
    }
}
