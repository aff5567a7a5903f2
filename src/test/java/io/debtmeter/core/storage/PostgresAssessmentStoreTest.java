package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.testsupport.TestPostgres;

import java.sql.SQLException;
import java.time.Clock;

/** The store contract on a database of the tests' own PostgreSQL server. */
class PostgresAssessmentStoreTest extends AssessmentStoreContract {

    private TestPostgres.Database database;

    @Override
    protected void newDatabase() {
        database = TestPostgres.newDatabase();
    }

    @Override
    protected AssessmentStore openStore(Clock clock) {
        return PostgresAssessmentStore.open(PostgresDatabases.location(database), clock);
    }

    @Override
    protected SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    protected String single(String sql) {
        return PostgresDatabases.single(database, sql);
    }

    @Override
    protected String dump() {
        return PostgresDatabases.dump(database);
    }

    @Override
    protected void writePastTheStore(String sql) throws SQLException {
        PostgresDatabases.execute(database, sql);
    }
}
