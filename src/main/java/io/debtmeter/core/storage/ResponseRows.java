package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.StoredResponse;
import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The response table: one row per item an assessment touched, whatever its state. */
final class ResponseRows {

    /** An upsert keeps the row's id (stable across edits) and replaces everything else. */
    private static final String UPSERT = """
            INSERT INTO response (id, assessment_id, item_id, state, level, option_id, note, evidence, votes,
                                  carried_over, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (assessment_id, item_id) DO UPDATE SET
                state = excluded.state, level = excluded.level, option_id = excluded.option_id,
                note = excluded.note, evidence = excluded.evidence, votes = excluded.votes,
                carried_over = excluded.carried_over, updated_at = excluded.updated_at,
                version = response.version + 1""";

    private static final String COLUMNS = "item_id, state, level, option_id, note, evidence, votes, carried_over";

    private final PreparedStatements statements;
    private final JsonColumns json;

    ResponseRows(PreparedStatements statements, JsonColumns json) {
        this.statements = statements;
        this.json = json;
    }

    /** By item id, in the order the items were first answered. */
    Map<String, ItemResponse> of(UUID assessmentId) throws SQLException {
        PreparedStatement select = statements.get("SELECT item_id, state, level, option_id, note, evidence, votes,"
                + " carried_over FROM response WHERE assessment_id = ? ORDER BY rowid", assessmentId);
        return PreparedStatements.byKey(select, rows -> rows.getString(1), rows -> response(rows, 1));
    }

    /** By item id, in the order of {@link #of(UUID)}, each with its version and the time it was last saved. */
    Map<String, StoredResponse> storedOf(UUID assessmentId) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + COLUMNS + ", version, updated_at FROM response"
                + " WHERE assessment_id = ? ORDER BY rowid", assessmentId);
        return PreparedStatements.byKey(select, rows -> rows.getString(1),
                rows -> new StoredResponse(response(rows, 1), rows.getLong(9), Timestamps.parse(rows.getString(10))));
    }

    /** One item's stored response with its version, if the item has one. */
    Optional<StoredResponse> stored(UUID assessmentId, String itemId) throws SQLException {
        PreparedStatement select = statements.get("SELECT " + COLUMNS + ", version, updated_at FROM response"
                + " WHERE assessment_id = ? AND item_id = ?", assessmentId);
        select.setString(2, itemId);
        return PreparedStatements.first(select, row -> new StoredResponse(response(row, 1), row.getLong(9),
                Timestamps.parse(row.getString(10))));
    }

    /**
     * The responses of many assessments in one query: by assessment id in the order asked (each
     * id once; an assessment with no responses, or none at all, maps to an empty map), then by
     * item id in the order of {@link #of(UUID)}.
     */
    Map<UUID, Map<String, ItemResponse>> of(Collection<UUID> assessmentIds) throws SQLException {
        Map<UUID, Map<String, ItemResponse>> result = emptyMapsFor(assessmentIds, LinkedHashMap::new);
        if (result.isEmpty()) {
            return result;
        }
        PreparedStatement select = statements.get("SELECT item_id, state, level, option_id, note, evidence, votes,"
                + " carried_over, assessment_id FROM response WHERE assessment_id " + statements.dialect().inIds()
                + " ORDER BY rowid");
        select.setString(1, json.ids(result.keySet()));
        // By the id as text: parsing a UUID for each of 600,000 rows of an export showed in its profile.
        Map<String, Map<String, ItemResponse>> byText = new HashMap<>();
        result.forEach((id, responses) -> byText.put(id.toString(), responses));
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ItemResponse response = response(rows, 1);
                byText.get(rows.getString(9)).put(response.itemId(), response);
            }
        }
        return result;
    }

    /**
     * Only the answers of many assessments (no notes, evidence or votes): all that scoring needs,
     * read in a third of the time the full rows take.
     */
    Map<UUID, Map<String, Answer>> answersOf(Collection<UUID> assessmentIds) throws SQLException {
        Map<UUID, Map<String, Answer>> result = emptyMapsFor(assessmentIds, HashMap::new);
        if (result.isEmpty()) {
            return result;
        }
        PreparedStatement select = statements.get("SELECT assessment_id, item_id, state, level, option_id"
                + " FROM response WHERE state <> 'open' AND assessment_id " + statements.dialect().inIds());
        select.setString(1, json.ids(result.keySet()));
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Optional<Answer> answer = answer(rows.getString(3), rows, 4);
                if (answer.isPresent()) {
                    result.get(UUID.fromString(rows.getString(1))).put(rows.getString(2), answer.get());
                }
            }
        }
        return result;
    }

    void save(UUID assessmentId, ItemResponse response, Instant now) throws SQLException {
        PreparedStatement upsert = statements.get(UPSERT);
        bind(upsert, assessmentId, response, Timestamps.format(now));
        upsert.executeUpdate();
    }

    /**
     * Saves many responses with one batch of the same upsert {@link #save} runs, so the rows are
     * exactly what saving them one by one would leave: for bulk imports of whole assessments.
     */
    void saveAll(UUID assessmentId, List<ItemResponse> responses, Instant now) throws SQLException {
        if (responses.isEmpty()) {
            return;
        }
        PreparedStatement upsert = statements.get(UPSERT);
        String time = Timestamps.format(now);
        for (ItemResponse response : responses) {
            bind(upsert, assessmentId, response, time);
            upsert.addBatch();
        }
        upsert.executeBatch();
    }

    /** Sets every parameter of the upsert (none is left from an earlier row). */
    private void bind(PreparedStatement upsert, UUID assessmentId, ItemResponse response, String now)
            throws SQLException {
        upsert.setString(1, RowIds.next().toString());
        upsert.setString(2, assessmentId.toString());
        upsert.setString(3, response.itemId());
        Answer answer = response.answer().orElse(null);
        upsert.setString(4, state(answer));
        if (answer instanceof Answer.Level level) {
            upsert.setDouble(5, level.value());
        } else {
            upsert.setNull(5, Types.REAL);
        }
        if (answer instanceof Answer.Choice choice) {
            upsert.setString(6, choice.optionId());
        } else {
            upsert.setNull(6, Types.VARCHAR);
        }
        upsert.setString(7, response.note());
        upsert.setString(8, json.strings(response.evidenceLinks()));
        upsert.setString(9, json.counts(response.votes()));
        upsert.setBoolean(10, response.carriedOver());
        upsert.setString(11, now);
    }

    private static String state(Answer answer) {
        if (answer instanceof Answer.Level) {
            return "level";
        }
        if (answer instanceof Answer.Choice) {
            return "choice";
        }
        if (answer instanceof Answer.DontKnow) {
            return "dontknow";
        }
        return answer instanceof Answer.NotApplicable ? "na" : "open";
    }

    /** An empty map for each assessment id, in the order asked, each id once. */
    private static <V> Map<UUID, Map<String, V>> emptyMapsFor(Collection<UUID> assessmentIds,
                                                              Supplier<Map<String, V>> emptyMap) {
        Map<UUID, Map<String, V>> maps = new LinkedHashMap<>();
        for (UUID id : assessmentIds) {
            maps.put(id, emptyMap.get());
        }
        return maps;
    }

    /** Reads item_id, state, level, option_id, note, evidence, votes, carried_over from column {@code first} on. */
    private ItemResponse response(ResultSet rows, int first) throws SQLException {
        Optional<Answer> answer = answer(rows.getString(first + 1), rows, first + 2);
        return new ItemResponse(rows.getString(first), answer, rows.getString(first + 4),
                json.strings(rows.getString(first + 5)), json.counts(rows.getString(first + 6)), rows.getBoolean(first + 7));
    }

    /** The answer of a row in {@code state}, its level and option id in columns {@code level}, {@code level + 1}. */
    private static Optional<Answer> answer(String state, ResultSet rows, int level) throws SQLException {
        return switch (state) {
            case "level" -> Optional.of(new Answer.Level(rows.getDouble(level)));
            case "choice" -> Optional.of(new Answer.Choice(rows.getString(level + 1)));
            case "na" -> Optional.of(new Answer.NotApplicable());
            case "dontknow" -> Optional.of(new Answer.DontKnow());
            case "open" -> Optional.empty();
            default -> throw new SQLException("unknown response state '" + state + "'");
        };
    }
}
