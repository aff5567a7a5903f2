package io.debtmeter.core.export.pdf;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.testsupport.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Set-up shared by the PDF report tests: a fresh store in a temporary folder for each test, closed after it.
 * A test whose store must stamp times from a fixed clock overrides {@link #openStore(Path)}.
 */
abstract class WithPdfStore {

    @TempDir
    Path folder;

    AssessmentStore store;

    @BeforeEach
    void openPdfStore() {
        store = openStore(folder);
    }

    @AfterEach
    void closePdfStore() {
        store.close();
    }

    /** The store for one test, in the test's own folder. */
    AssessmentStore openStore(Path folder) {
        return TestStores.create(folder, "pdf.db");
    }
}
