package io.debtmeter.core.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    ImportFingerprints(PreparedStatements statements) {
        this.statements = statements;
    }

    /** Called after everything else the import writes to the assessment, whose triggers would delete it. */
    void remember(UUID assessmentId, String fingerprint) throws SQLException {
        upsert(UPSERT, assessmentId, fingerprint);
    }

    /** Called after the import wrote the action, which would delete it (schema version 9). */
    void rememberAction(UUID actionId, String fingerprint) throws SQLException {
        upsert(ACTION_UPSERT, actionId, fingerprint);
    }

    private void upsert(String sql, UUID id, String fingerprint) throws SQLException {
        PreparedStatement upsert = statements.get(sql);
        upsert.setString(1, id.toString());
        upsert.setString(2, fingerprint);
        upsert.executeUpdate();
    }
}
