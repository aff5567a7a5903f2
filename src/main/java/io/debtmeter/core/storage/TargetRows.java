package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

/** The target table: one row per category or item a team set a target for in one assessment. */
final class TargetRows {

    /** The kind of thing a target is for, as stored in the {@code scope} column. */
    enum Scope {
        CATEGORY("category"), ITEM("item");

        final String stored;

        Scope(String stored) {
            this.stored = stored;
        }
    }

    /** Setting a target again keeps the row's id and creation time. */
    private static final String UPSERT = """
            INSERT INTO target (id, assessment_id, scope, ref_id, value, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (assessment_id, scope, ref_id) DO UPDATE SET
                value = excluded.value, updated_at = excluded.updated_at""";

    private final PreparedStatements statements;
    private final ProblemTexts texts;
    private final JsonColumns json = new JsonColumns();

    TargetRows(PreparedStatements statements, ProblemTexts texts) {
        this.texts = texts;
        this.statements = statements;
    }

    /** The targets of many assessments in one query, by id in the order asked (none set: {@link Targets#none()}). */
    Map<UUID, Targets> of(Collection<UUID> assessmentIds) throws SQLException {
        Map<String, Map<String, Double>> categories = new HashMap<>();
        Map<String, Map<String, Double>> items = new HashMap<>();
        if (!assessmentIds.isEmpty()) {
            PreparedStatement select = statements.get("SELECT assessment_id, scope, ref_id, value FROM target"
                    + " WHERE assessment_id " + statements.dialect().inIds());
            select.setString(1, json.ids(assessmentIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    (Scope.CATEGORY.stored.equals(rows.getString(2)) ? categories : items)
                            .computeIfAbsent(rows.getString(1), id -> new HashMap<>()).put(rows.getString(3), rows.getDouble(4));
                }
            }
        }
        Map<UUID, Targets> targets = new LinkedHashMap<>();
        for (UUID id : assessmentIds) {
            String key = id.toString();
            targets.put(id, new Targets(categories.getOrDefault(key, Map.of()), items.getOrDefault(key, Map.of())));
        }
        return targets;
    }

    Targets of(UUID assessmentId) throws SQLException {
        PreparedStatement select = statements.get("SELECT scope, ref_id, value FROM target WHERE assessment_id = ?",
                assessmentId);
        Map<String, Double> categories = new HashMap<>();
        Map<String, Double> items = new HashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                (Scope.CATEGORY.stored.equals(rows.getString(1)) ? categories : items)
                        .put(rows.getString(2), rows.getDouble(3));
            }
        }
        return new Targets(categories, items);
    }

    /** Sets the target after checking it against the assessment's rubric, or clears it when {@code value} is empty. */
    void change(Rubric rubric, UUID assessmentId, Scope scope, String refId, OptionalDouble value, Instant now)
            throws SQLException {
        if (value.isEmpty()) {
            clear(assessmentId, scope, refId);
            return;
        }
        if (scope == Scope.CATEGORY) {
            TargetRules.checkCategory(texts, rubric, refId, value.getAsDouble());
        } else {
            TargetRules.checkItem(texts, rubric, refId, value.getAsDouble());
        }
        set(assessmentId, scope, refId, value.getAsDouble(), now);
    }

    void set(UUID assessmentId, Scope scope, String refId, double value, Instant now) throws SQLException {
        PreparedStatement upsert = statements.get(UPSERT);
        upsert.setString(1, RowIds.next().toString());
        upsert.setString(2, assessmentId.toString());
        upsert.setString(3, scope.stored);
        upsert.setString(4, refId);
        upsert.setDouble(5, value);
        upsert.setString(6, Timestamps.format(now));
        upsert.setString(7, Timestamps.format(now));
        upsert.executeUpdate();
    }

    void clear(UUID assessmentId, Scope scope, String refId) throws SQLException {
        PreparedStatement delete = statements.get("DELETE FROM target WHERE assessment_id = ? AND scope = ? AND ref_id = ?");
        delete.setString(1, assessmentId.toString());
        delete.setString(2, scope.stored);
        delete.setString(3, refId);
        delete.executeUpdate();
    }

    /** Every target of the assessment, as the store API would have set them one by one. */
    void setAll(UUID assessmentId, Targets targets, Instant now) throws SQLException {
        for (Map.Entry<String, Double> target : targets.categoryMaturity().entrySet()) {
            set(assessmentId, Scope.CATEGORY, target.getKey(), target.getValue(), now);
        }
        for (Map.Entry<String, Double> target : targets.itemLevel().entrySet()) {
            set(assessmentId, Scope.ITEM, target.getKey(), target.getValue(), now);
        }
    }
}
