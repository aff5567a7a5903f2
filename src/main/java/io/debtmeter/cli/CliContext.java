package io.debtmeter.cli;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.storage.DatabaseOpenException;
import io.debtmeter.core.storage.SqliteAssessmentStore;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What commands need from the outside world; built once by the launcher (or a test).
 *
 * @param stores          opens the database file a command works on (creating and migrating it as needed)
 * @param defaultDatabase the database commands read when no {@code --db} is given (the window's one)
 * @param terminal        whether a person watches standard error, so long work may show its progress there
 * @param texts           the language the command line speaks; English until {@link DebtmeterCommand#create}
 *                        decides it from the command line ({@link CliLanguage})
 */
public record CliContext(RubricLoader rubricLoader, RubricCatalog rubricCatalog, PrintWriter out, PrintWriter err,
                         StoreOpener stores, Path defaultDatabase, BooleanSupplier terminal, CliTexts texts) {

    /** The window's database file name inside the per-user data folder. */
    public static final String DEFAULT_DATABASE_NAME = "debtmeter.db";

    /** Opens a database file for reading and writing; the caller closes the store. */
    @FunctionalInterface
    public interface StoreOpener {
        AssessmentStore open(Path file) throws DatabaseOpenException;

        /**
         * For commands that only read: an existing file, never created, read without the write
         * lock; {@code readOnly} (the {@code --read-only} option) has SQLite open it read-only.
         */
        default AssessmentStore openForReading(Path file, boolean readOnly) throws DatabaseOpenException {
            return readOnly ? SqliteAssessmentStore.openReadOnly(file) : SqliteAssessmentStore.openForReading(file);
        }
    }

    /** Progress is shown when this process runs in a terminal. */
    public CliContext(RubricLoader rubricLoader, RubricCatalog rubricCatalog, PrintWriter out, PrintWriter err,
                      StoreOpener stores, Path defaultDatabase) {
        this(rubricLoader, rubricCatalog, out, err, stores, defaultDatabase, CliContext::inATerminal, CliTexts.ENGLISH);
    }

    /** The same context, with progress shown or not whatever the process is attached to (tests). */
    public CliContext withTerminal(boolean shown) {
        return new CliContext(rubricLoader, rubricCatalog, out, err, stores, defaultDatabase, () -> shown, texts);
    }

    /** The same context, speaking this language (Japanese for {@code ja}, else English). */
    public CliContext inLanguage(java.util.Locale language) {
        return new CliContext(rubricLoader, rubricCatalog, out, err, stores, defaultDatabase, terminal,
                CliTexts.of(language));
    }

    /**
     * Java tells whether standard input and output are a terminal, not standard error; with either
     * redirected (a script, {@code > plan.json}) no progress is shown, which errs on the quiet side.
     */
    static boolean inATerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    /** With the default database of this machine's user. */
    public CliContext(RubricLoader rubricLoader, RubricCatalog rubricCatalog, PrintWriter out, PrintWriter err,
                      StoreOpener stores) {
        this(rubricLoader, rubricCatalog, out, err, stores,
                UserDirectories.ofThisMachine().dataFolder().resolve(DEFAULT_DATABASE_NAME));
    }

    /** With the app's SQLite store. */
    public CliContext(RubricLoader rubricLoader, RubricCatalog rubricCatalog, PrintWriter out, PrintWriter err) {
        this(rubricLoader, rubricCatalog, out, err, SqliteAssessmentStore::open);
    }
}
