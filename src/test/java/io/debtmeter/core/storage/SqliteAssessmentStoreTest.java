package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/** The store contract on an SQLite file. */
class SqliteAssessmentStoreTest extends AssessmentStoreContract {

    @TempDir
    Path folder;

    private Path file;

    @Override
    protected void newDatabase() {
        file = folder.resolve("debtmeter.db");
    }

    @Override
    protected AssessmentStore openStore(Clock clock) {
        return SqliteAssessmentStore.open(file, Duration.ofSeconds(5), clock);
    }

    @Override
    protected SqlDialect dialect() {
        return SqlDialect.SQLITE;
    }

    @Override
    protected String single(String sql) {
        return DatabaseDump.single(file, sql);
    }

    @Override
    protected String dump() {
        return DatabaseDump.of(file);
    }

    @Override
    protected void writePastTheStore(String sql) throws SQLException {
        DatabaseFiles.execute(file, sql);
    }
}
