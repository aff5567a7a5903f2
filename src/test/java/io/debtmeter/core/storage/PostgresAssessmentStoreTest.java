package io.debtmeter.core.storage;

import io.debtmeter.testsupport.TestPostgres;

import java.nio.file.Path;

/** The store contract on an empty database of the tests' own PostgreSQL server, migrated by each test's store. */
class PostgresAssessmentStoreTest extends AssessmentStoreContract {

    @Override
    protected TestDatabase newDatabase(Path folder) {
        return new TestDatabase.OnPostgres(TestPostgres.newDatabase());
    }
}
