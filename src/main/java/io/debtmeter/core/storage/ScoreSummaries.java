package io.debtmeter.core.storage;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreSummary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * The {@code score_summary} cache (migration V3): each assessment's headline score, so the
 * portfolio reads one row per assessment instead of all its answers. Triggers delete a row when any
 * answer of its assessment changes, so a row that exists is current; a missing row is computed from
 * the answers with the same {@link ScoreCalculator} the scorecard uses and stored again.
 */
final class ScoreSummaries {

    /**
     * The scoring rules the stored rows were computed with. Raise it whenever {@link ScoreCalculator}
     * changes what it computes: rows of another version are then ignored and replaced.
     */
    static final int SCORING_VERSION = 1;

    private final PreparedStatements statements;
    private final JsonColumns json;
    private final ScoreCalculator calculator = new ScoreCalculator();

    ScoreSummaries(PreparedStatements statements, JsonColumns json) {
        this.statements = statements;
        this.json = json;
    }

    /** The current rows among {@code ids}; assessments without one are absent. */
    Map<UUID, ScoreSummary> cached(Collection<UUID> ids, Map<UUID, Rubric> rubrics) throws SQLException {
        PreparedStatement select = statements.get("SELECT assessment_id, debt_index, grade_index, answered,"
                + " not_applicable, unanswered, dont_know FROM score_summary"
                + " WHERE scoring_version = ? AND assessment_id " + statements.dialect().inIds());
        select.setInt(1, SCORING_VERSION);
        select.setString(2, json.ids(ids));
        Map<UUID, ScoreSummary> found = new HashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = UUID.fromString(rows.getString(1));
                double debt = rows.getDouble(2);
                OptionalDouble debtIndex = rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(debt);
                int gradeIndex = rows.getInt(3);
                Optional<GradeBand> grade = rows.wasNull() ? Optional.empty() : band(rubrics.get(id), gradeIndex);
                found.put(id, new ScoreSummary(debtIndex, grade,
                        new Coverage(rows.getInt(4), rows.getInt(5), rows.getInt(6), rows.getInt(7))));
            }
        }
        return found;
    }

    /** Scores each assessment from its answers. */
    Map<UUID, ScoreSummary> compute(Map<UUID, Map<String, Answer>> answers, Map<UUID, Rubric> rubrics) {
        Map<UUID, ScoreSummary> computed = new HashMap<>();
        answers.forEach((id, byItem) -> computed.put(id, ScoreSummary.of(calculator.score(rubrics.get(id), byItem))));
        return computed;
    }

    /** Stores freshly computed rows; call it in the same write transaction that read the answers. */
    void save(Map<UUID, ScoreSummary> computed, Map<UUID, Rubric> rubrics) throws SQLException {
        PreparedStatement upsert = statements.get("INSERT INTO score_summary (assessment_id,"
                + " scoring_version, debt_index, grade_index, answered, not_applicable, unanswered, dont_know)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id) DO UPDATE SET"
                + " scoring_version = excluded.scoring_version, debt_index = excluded.debt_index,"
                + " grade_index = excluded.grade_index, answered = excluded.answered,"
                + " not_applicable = excluded.not_applicable, unanswered = excluded.unanswered,"
                + " dont_know = excluded.dont_know");
        for (Map.Entry<UUID, ScoreSummary> entry : computed.entrySet()) {
            ScoreSummary summary = entry.getValue();
            upsert.setString(1, entry.getKey().toString());
            upsert.setInt(2, SCORING_VERSION);
            if (summary.debtIndex().isPresent()) {
                upsert.setDouble(3, summary.debtIndex().getAsDouble());
            } else {
                upsert.setNull(3, Types.REAL);
            }
            int gradeIndex = summary.grade().map(rubrics.get(entry.getKey()).gradeBands()::indexOf).orElse(-1);
            if (gradeIndex >= 0) {
                upsert.setInt(4, gradeIndex);
            } else {
                upsert.setNull(4, Types.INTEGER);
            }
            upsert.setInt(5, summary.coverage().answered());
            upsert.setInt(6, summary.coverage().notApplicable());
            upsert.setInt(7, summary.coverage().unanswered());
            upsert.setInt(8, summary.coverage().dontKnow());
            upsert.addBatch();
        }
        upsert.executeBatch();
    }

    /** A grade index that no longer fits the rubric cannot come from our rows; treat it as no row. */
    private static Optional<GradeBand> band(Rubric rubric, int index) throws SQLException {
        if (index < 0 || index >= rubric.gradeBands().size()) {
            throw new SQLException("score_summary names grade band " + index + " of a rubric with "
                    + rubric.gradeBands().size());
        }
        return Optional.of(rubric.gradeBands().get(index));
    }
}
