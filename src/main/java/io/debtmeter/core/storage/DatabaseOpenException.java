package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.platform.ProblemTexts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * A database file could not be opened; the message names the file and the problem, for the user.
 * {@link #getMessage()} is English; {@link #message(Locale)} tells the same in the user's language
 * (the file may be opened before the window knows which language it speaks, so the words are chosen
 * where they are shown).
 */
public final class DatabaseOpenException extends StoreException {

    private final transient Path file;
    private final DatabaseProblem problem;
    private final transient Function<ProblemTexts, String> detail;

    /** {@code detail} is said as it is in every language: what SQLite or the file system said. */
    public DatabaseOpenException(DatabaseProblem problem, Path file, String detail, Throwable cause) {
        this(problem, file, texts -> detail, cause);
    }

    public DatabaseOpenException(DatabaseProblem problem, Path file, String detail) {
        this(problem, file, detail, null);
    }

    /** {@code detail}: the detail in the language asked for. */
    DatabaseOpenException(DatabaseProblem problem, Path file, Function<ProblemTexts, String> detail, Throwable cause) {
        super(problem.describe(ProblemTexts.ENGLISH, file, detail.apply(ProblemTexts.ENGLISH)), cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail;
    }

    /**
     * The same refusal whose {@link #getMessage()} is in {@code language}: for those who print the
     * message as it is (the command line). This one when the language is English.
     */
    public DatabaseOpenException in(Locale language) {
        if (ProblemTexts.of(language) == ProblemTexts.ENGLISH) {
            return this;
        }
        DatabaseOpenException told = new DatabaseOpenException(problem, file, detail, getCause(), message(language));
        told.setStackTrace(getStackTrace());
        return told;
    }

    private DatabaseOpenException(DatabaseProblem problem, Path file, Function<ProblemTexts, String> detail,
                                  Throwable cause, String message) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail;
    }

    /** A detail from the problems bundle: {@code key} with {@code arguments}. */
    static Function<ProblemTexts, String> detail(String key, Object... arguments) {
        return texts -> texts.get(key, arguments);
    }

    public DatabaseProblem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** The message in {@code language}: Japanese for {@code ja}, English for any other. */
    public String message(Locale language) {
        ProblemTexts texts = ProblemTexts.of(language);
        return problem.describe(texts, file, detail.apply(texts));
    }

    /** Whether "open it read-only" is worth offering: a newer version's file, or one we may not write. */
    public boolean offersReadOnly() {
        return problem.offersReadOnly() && Files.isRegularFile(file);
    }
}
