package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Set-up shared by the tests that feed bad files to an import: one database for the whole class,
 * filled with {@link ExchangeFixture} less its second team, and a valid export of the whole fixture
 * (so that the file would add something if it got through).
 */
abstract class WithStoreAndValidExport {

    @TempDir
    static Path folder;

    static AssessmentStore store;
    static Path database;
    static byte[] valid;

    @BeforeAll
    static void aDatabaseAndAValidExportOfIt() {
        database = folder.resolve("here.db");
        ExchangeFixture.StoreAndExport made = ExchangeFixture.filledLessItsSecondTeam(database);
        store = made.store();
        valid = made.export();
    }

    @AfterAll
    static void close() {
        store.close();
    }
}
