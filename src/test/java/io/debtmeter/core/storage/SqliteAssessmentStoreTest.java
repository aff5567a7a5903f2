package io.debtmeter.core.storage;

import java.nio.file.Path;

/** The store contract on an SQLite file. */
class SqliteAssessmentStoreTest extends AssessmentStoreContract {

    @Override
    protected TestDatabase newDatabase(Path folder) {
        return new TestDatabase.OnSqlite(folder.resolve("debtmeter.db"));
    }
}
