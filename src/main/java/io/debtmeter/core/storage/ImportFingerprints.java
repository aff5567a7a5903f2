package io.debtmeter.core.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The import_fingerprint table (schema version 8): what an import stored each assessment from; and
 * action_import_fingerprint (version 9), the same for actions. Only an import writes them; the
 * schema's triggers delete a row when anything in its assessment or action changes, so a row that
 * exists is current.
 */
final class ImportFingerprints {

    private static final String UPSERT = """
            INSERT INTO import_fingerprint (assessment_id, sha256) VALUES (?, ?)
            ON CONFLICT (assessment_id) DO UPDATE SET sha256 = excluded.sha256""";
    private static final String ACTION_UPSERT = """
            INSERT INTO action_import_fingerprint (action_id, sha256) VALUES (?, ?)
            ON CONFLICT (action_id) DO UPDATE SET sha256 = excluded.sha256""";

    private final PreparedStatements statements;
    private final JsonColumns json;

    ImportFingerprints(PreparedStatements statements, JsonColumns json) {
        this.statements = statements;
        this.json = json;
    }

    /** Those of these assessments that have one, in one query. */
    Map<UUID, String> of(Collection<UUID> assessmentIds) throws SQLException {
        Map<UUID, String> found = new HashMap<>();
        if (assessmentIds.isEmpty()) {
            return found;
        }
        PreparedStatement select = statements.get("SELECT assessment_id, sha256 FROM import_fingerprint"
                + " WHERE assessment_id " + statements.dialect().inIds());
        select.setString(1, json.ids(assessmentIds));
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.put(UUID.fromString(rows.getString(1)), rows.getString(2));
            }
        }
        return found;
    }

    /** Called after the import wrote the action, which would delete it (schema version 9). */
    void rememberAction(UUID actionId, String fingerprint) throws SQLException {
        PreparedStatement upsert = statements.get(ACTION_UPSERT);
        upsert.setString(1, actionId.toString());
        upsert.setString(2, fingerprint);
        upsert.executeUpdate();
    }

    /** Called after everything else the import writes to the assessment, whose triggers would delete it. */
    void remember(UUID assessmentId, String fingerprint) throws SQLException {
        PreparedStatement upsert = statements.get(UPSERT);
        upsert.setString(1, assessmentId.toString());
        upsert.setString(2, fingerprint);
        upsert.executeUpdate();
    }
}
