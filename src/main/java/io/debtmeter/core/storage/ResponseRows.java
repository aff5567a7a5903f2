package io.debtmeter.core.storage;

import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
                carried_over = excluded.carried_over, updated_at = excluded.updated_at""";

    private final PreparedStatements statements;
    private final JsonColumns json;

    ResponseRows(PreparedStatements statements, JsonColumns json) {
        this.statements = statements;
        this.json = json;
    }

    /** By item id, in the order the items were first answered. */
    Map<String, ItemResponse> of(UUID assessmentId) throws SQLException {
        PreparedStatement select = statements.get("SELECT item_id, state, level, option_id, note, evidence, votes,"
                + " carried_over FROM response WHERE assessment_id = ? ORDER BY rowid");
        select.setString(1, assessmentId.toString());
        Map<String, ItemResponse> responses = new LinkedHashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ItemResponse response = response(rows);
                responses.put(response.itemId(), response);
            }
        }
        return responses;
    }

    void save(UUID assessmentId, ItemResponse response, Instant now) throws SQLException {
        PreparedStatement upsert = statements.get(UPSERT);
        upsert.setString(1, UUID.randomUUID().toString());
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
        upsert.setInt(10, response.carriedOver() ? 1 : 0);
        upsert.setString(11, Timestamps.format(now));
        upsert.executeUpdate();
    }

    private static String state(Answer answer) {
        if (answer instanceof Answer.Level) {
            return "level";
        }
        if (answer instanceof Answer.Choice) {
            return "choice";
        }
        return answer instanceof Answer.NotApplicable ? "na" : "open";
    }

    private ItemResponse response(ResultSet rows) throws SQLException {
        String state = rows.getString(2);
        Optional<Answer> answer = switch (state) {
            case "level" -> Optional.of(new Answer.Level(rows.getDouble(3)));
            case "choice" -> Optional.of(new Answer.Choice(rows.getString(4)));
            case "na" -> Optional.of(new Answer.NotApplicable());
            case "open" -> Optional.empty();
            default -> throw new SQLException("unknown response state '" + state + "'");
        };
        return new ItemResponse(rows.getString(1), answer, rows.getString(5), json.strings(rows.getString(6)),
                json.counts(rows.getString(7)), rows.getInt(8) == 1);
    }
}
