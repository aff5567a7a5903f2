package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;

/** A database file could not be opened; the message names the file and the problem, for the user. */
public final class DatabaseOpenException extends StoreException {

    private final transient Path file;
    private final DatabaseProblem problem;

    public DatabaseOpenException(DatabaseProblem problem, Path file, String detail, Throwable cause) {
        super(problem.describe(file, detail), cause);
        this.problem = problem;
        this.file = file;
    }

    public DatabaseOpenException(DatabaseProblem problem, Path file, String detail) {
        this(problem, file, detail, null);
    }

    public DatabaseProblem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** Whether "open it read-only" is worth offering: a newer version's file, or one we may not write. */
    public boolean offersReadOnly() {
        return problem.offersReadOnly() && Files.isRegularFile(file);
    }
}
