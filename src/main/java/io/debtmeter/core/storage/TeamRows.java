package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Team;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The team table. */
record TeamRows(PreparedStatements statements, ProblemTexts texts) {

    private static final String COLUMNS = "id, name, created_at, updated_at";

    List<Team> all() throws SQLException {
        PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM team ORDER BY name_key, name");
        return PreparedStatements.all(select, TeamRows::team);
    }

    Optional<Team> find(UUID id) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM team WHERE id = ?", id);
        return PreparedStatements.first(select, TeamRows::team);
    }

    Team require(UUID id) throws SQLException {
        return find(id).orElseThrow(() -> new StoreException(texts.get("store.teamGone")));
    }

    Team insert(String name, Instant now) throws SQLException {
        return insert(new Team(UUID.randomUUID(), name, now, now));
    }

    /** Inserts the team as given (id and times too), with its name checked and trimmed as for a new team. */
    Team insert(Team given) throws SQLException {
        String clean = checkedName(given.name(), null);
        Team team = new Team(given.id(), clean, given.createdAt(), given.updatedAt());
        PreparedStatement insert = statements.get(
                "INSERT INTO team (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
        insert.setString(1, team.id().toString());
        insert.setString(2, clean);
        insert.setString(3, nameKey(clean));
        insert.setString(4, Timestamps.format(team.createdAt()));
        insert.setString(5, Timestamps.format(team.updatedAt()));
        insert.executeUpdate();
        return team;
    }

    Team rename(UUID id, String newName, Instant now) throws SQLException {
        Team before = require(id);
        String clean = checkedName(newName, id);
        PreparedStatement update = statements.get("UPDATE team SET name = ?, name_key = ?, updated_at = ? WHERE id = ?");
        update.setString(1, clean);
        update.setString(2, nameKey(clean));
        update.setString(3, Timestamps.format(now));
        update.setString(4, id.toString());
        update.executeUpdate();
        return new Team(id, clean, before.createdAt(), now);
    }

    void delete(UUID id) throws SQLException {
        PreparedStatement delete = statements.get("DELETE FROM team WHERE id = ?", id);
        delete.executeUpdate();
    }

    /** Trimmed, non-blank and not used by another team (ignoring case); the unique index backs this up. */
    private String checkedName(String name, UUID self) throws SQLException {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new StoreException(texts.get("store.teamNameMissing"));
        }
        PreparedStatement select = statements.get("SELECT id, name FROM team WHERE name_key = ?");
        select.setString(1, nameKey(clean));
        try (ResultSet rows = select.executeQuery()) {
            if (rows.next() && !rows.getString(1).equals(String.valueOf(self))) {
                throw new StoreException(texts.get("store.teamNameTaken", rows.getString(2)));
            }
        }
        return clean;
    }

    /** Case folded for every script, not only ASCII as SQLite's NOCASE does: "Équipe" = "équipe". */
    static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static Team team(ResultSet rows) throws SQLException {
        return new Team(UUID.fromString(rows.getString(1)), rows.getString(2),
                Timestamps.parse(rows.getString(3)), Timestamps.parse(rows.getString(4)));
    }
}
