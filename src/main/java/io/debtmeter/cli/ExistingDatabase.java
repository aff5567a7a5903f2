package io.debtmeter.cli;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.DatabaseOpenException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the database a reading command works on: {@code --db}, else the window's default one. Unlike
 * {@code sample}, reading commands never create a database: a mistyped path gets an error, not an
 * empty new file.
 */
final class ExistingDatabase {

    private ExistingDatabase() {
    }

    static AssessmentStore open(CliContext context, DebtmeterCommand parent) {
        Path file = parent != null && parent.database != null ? parent.database : context.defaultDatabase();
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(ExitCode.IO_ERROR, "no database at " + file.toAbsolutePath()
                    + "; give one with --db FILE (or make one with 'debtmeter sample --db FILE')");
        }
        try {
            return context.stores().open(file);
        } catch (DatabaseOpenException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, e.getMessage());
        }
    }
}
