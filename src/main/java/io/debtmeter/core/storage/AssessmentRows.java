package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.ImportedRecord;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The assessment table. */
record AssessmentRows(PreparedStatements statements, JsonColumns json, ProblemTexts texts) {

    private static final String COLUMNS = "id, team_id, rubric_id, rubric_version, assessed_on, period, participants,"
            + " status, created_at, updated_at";
    /** The same columns of the assessment table aliased {@code a}. */
    private static final String QUALIFIED_COLUMNS = "a." + COLUMNS.replace(", ", ", a.");

    /** What a write needs to know before it changes an assessment or its answers. */
    record Header(UUID id, UUID teamId, AssessmentStatus status, String snapshot) {
    }

    Optional<Assessment> find(UUID id) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM assessment WHERE id = ?", id);
        return PreparedStatements.first(select, this::assessment);
    }

    Assessment require(UUID id) throws SQLException {
        return find(id).orElseThrow(() -> new StoreException(texts.get("store.assessmentGone")));
    }

    Header header(UUID id) throws SQLException {
        PreparedStatement select = statements.get("SELECT team_id, status, snapshot_sha256 FROM assessment WHERE id = ?",
                id);
        try (ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new StoreException(texts.get("store.assessmentGone"));
            }
            return new Header(id, UUID.fromString(rows.getString(1)), status(rows.getString(2)), rows.getString(3));
        }
    }

    /** Ids start with the prefix: a range of the primary key (ids are ASCII, so prefix + DEL bounds it). */
    List<Assessment> withIdPrefix(String prefix) throws SQLException {
        if (statements.dialect() == SqlDialect.POSTGRESQL) {
            // A uuid column: the prefix is compared with its text (a scan; phase 1 of issue 24).
            PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM assessment"
                    + " WHERE starts_with(id::text, ?) ORDER BY id");
            select.setString(1, prefix);
            return PreparedStatements.all(select, this::assessment);
        }
        PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM assessment WHERE id >= ? AND id < ?"
                + " ORDER BY id");
        select.setString(1, prefix);
        select.setString(2, prefix + "\u007f");
        return PreparedStatements.all(select, this::assessment);
    }

    /** How many assessments each team has, in one pass over the team index. */
    Map<UUID, Integer> countsByTeam() throws SQLException {
        PreparedStatement select = statements.get("SELECT team_id, COUNT(*) FROM assessment GROUP BY team_id");
        Map<UUID, Integer> counts = new HashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(UUID.fromString(rows.getString(1)), rows.getInt(2));
            }
        }
        return counts;
    }

    /** Newest date first; on the same date, the one created last first. */
    List<Assessment> ofTeam(UUID teamId) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM assessment WHERE team_id = ?"
                + " ORDER BY assessed_on DESC, created_at DESC, id DESC", teamId);
        return PreparedStatements.all(select, this::assessment);
    }

    /** The team's assessments that have an import fingerprint, by it (see {@link ImportFingerprints}). */
    Map<String, ImportedRecord> imported(UUID teamId) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + QUALIFIED_COLUMNS + ", a.snapshot_sha256, f.sha256"
                + " FROM assessment a JOIN import_fingerprint f ON f.assessment_id = a.id WHERE a.team_id = ?", teamId);
        return PreparedStatements.byKey(select, rows -> rows.getString(12),
                rows -> new ImportedRecord(assessment(rows), rows.getString(11)));
    }

    /**
     * Each team's newest {@code perTeam} assessments in one query, by team id: teams in the order
     * of {@link TeamRows#all()} (by name), each team's newest first as in {@link #ofTeam}; teams
     * without assessments are absent. Per team, the subquery reads only the first rows of the
     * index (team_id, assessed_on, created_at, id) backwards: about 2 ms for 500 teams of 40
     * assessments, where numbering every assessment with a window function took 20 times longer.
     */
    Map<UUID, List<Assessment>> newestOfEachTeam(int perTeam) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + QUALIFIED_COLUMNS + " FROM "
                + statements.dialect().newestAssessmentsOfEachTeam()
                + " ORDER BY t.name_key, t.name, a.assessed_on DESC, a.created_at DESC, a.id DESC");
        select.setInt(1, perTeam);
        Map<UUID, List<Assessment>> newest = new LinkedHashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Assessment assessment = assessment(rows);
                newest.computeIfAbsent(assessment.teamId(), team -> new ArrayList<>(perTeam)).add(assessment);
            }
        }
        newest.replaceAll((team, assessments) -> List.copyOf(assessments));
        return newest;
    }

    /** The snapshot hash of each assessment that exists, by id, in one query. */
    Map<UUID, String> snapshotsOf(Collection<UUID> ids) throws SQLException {
        PreparedStatement select = statements.get("SELECT id, snapshot_sha256 FROM assessment"
                + " WHERE id " + statements.dialect().inIds());
        select.setString(1, json.ids(ids));
        Map<UUID, String> snapshots = new HashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                snapshots.put(UUID.fromString(rows.getString(1)), rows.getString(2));
            }
        }
        return snapshots;
    }

    /** The snapshot hashes assessments name, each once. */
    List<String> snapshotsInUse() throws SQLException {
        PreparedStatement select = statements.get("SELECT DISTINCT snapshot_sha256 FROM assessment ORDER BY snapshot_sha256");
        return PreparedStatements.all(select, rows -> rows.getString(1));
    }

    /** The same team's assessment strictly before this one by (date, creation time). */
    Optional<Assessment> previous(Assessment current) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM assessment"
                + " WHERE team_id = ? AND (assessed_on, created_at) < (?, ?)"
                + " ORDER BY assessed_on DESC, created_at DESC, id DESC LIMIT 1");
        select.setString(1, current.teamId().toString());
        select.setString(2, current.date().toString());
        select.setString(3, Timestamps.format(current.createdAt()));
        return PreparedStatements.first(select, this::assessment);
    }

    void insert(Assessment assessment, String snapshot) throws SQLException {
        PreparedStatement insert = statements.get("INSERT INTO assessment (" + COLUMNS + ", snapshot_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.setString(1, assessment.id().toString());
        insert.setString(2, assessment.teamId().toString());
        insert.setString(3, assessment.rubricId());
        insert.setString(4, assessment.rubricVersion());
        insert.setString(5, assessment.date().toString());
        insert.setString(6, assessment.period());
        insert.setString(7, json.strings(assessment.participants()));
        insert.setString(8, assessment.status().name().toLowerCase(Locale.ROOT));
        insert.setString(9, Timestamps.format(assessment.createdAt()));
        insert.setString(10, Timestamps.format(assessment.updatedAt()));
        insert.setString(11, snapshot);
        insert.executeUpdate();
    }

    void updateDetails(UUID id, LocalDate date, String period, List<String> participants, Instant now)
            throws SQLException {
        PreparedStatement update = statements.get(
                "UPDATE assessment SET assessed_on = ?, period = ?, participants = ?, updated_at = ? WHERE id = ?");
        update.setString(1, date.toString());
        update.setString(2, period);
        update.setString(3, json.strings(participants));
        update.setString(4, Timestamps.format(now));
        update.setString(5, id.toString());
        update.executeUpdate();
    }

    void setStatus(UUID id, AssessmentStatus status, Instant now) throws SQLException {
        PreparedStatement update = statements.get("UPDATE assessment SET status = ?, updated_at = ? WHERE id = ?");
        update.setString(1, status.name().toLowerCase(Locale.ROOT));
        update.setString(2, Timestamps.format(now));
        update.setString(3, id.toString());
        update.executeUpdate();
    }

    /** Marks the assessment as changed (an answer was saved). */
    void touch(UUID id, Instant now) throws SQLException {
        PreparedStatement update = statements.get("UPDATE assessment SET updated_at = ? WHERE id = ?");
        update.setString(1, Timestamps.format(now));
        update.setString(2, id.toString());
        update.executeUpdate();
    }

    void delete(UUID id) throws SQLException {
        PreparedStatement delete = statements.get("DELETE FROM assessment WHERE id = ?", id);
        delete.executeUpdate();
    }

    private Assessment assessment(ResultSet rows) throws SQLException {
        return new Assessment(UUID.fromString(rows.getString(1)), UUID.fromString(rows.getString(2)),
                rows.getString(3), rows.getString(4), LocalDate.parse(rows.getString(5)), rows.getString(6),
                json.strings(rows.getString(7)), status(rows.getString(8)),
                Timestamps.parse(rows.getString(9)), Timestamps.parse(rows.getString(10)));
    }

    private static AssessmentStatus status(String stored) {
        return AssessmentStatus.valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
