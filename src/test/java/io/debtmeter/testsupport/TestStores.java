package io.debtmeter.testsupport;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqliteAssessmentStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A real SQLite store for a test, in a file of its temporary folder ({@code @TempDir}), opened the
 * way the app opens one. Tests that are about opening files (the storage and command-line tests)
 * call {@link SqliteAssessmentStore} themselves.
 */
public final class TestStores {

    /** How long a test's store waits for a lock another connection holds. */
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

    private TestStores() {
    }

    /** A new (or the existing) store {@code fileName} in {@code folder}. */
    public static AssessmentStore create(Path folder, String fileName) {
        return SqliteAssessmentStore.open(folder.resolve(fileName));
    }

    /** The same, stamping created and updated times (and backup names) from {@code clock}. */
    public static AssessmentStore create(Path folder, String fileName, Clock clock) {
        return open(folder.resolve(fileName), clock);
    }

    /** The store in {@code file}, stamping times from {@code clock}. */
    public static AssessmentStore open(Path file, Clock clock) {
        return SqliteAssessmentStore.open(file, BUSY_TIMEOUT, clock);
    }
}
