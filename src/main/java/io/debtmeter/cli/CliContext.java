package io.debtmeter.cli;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.storage.DatabaseOpenException;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.core.storage.postgres.PostgresOpenException;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What commands need from the outside world; built once by the launcher (or a test).
 *
 * @param stores          opens the database file a command works on (creating and migrating it as needed)
 * @param defaultDatabase the database commands read when no {@code --db} is given (the window's one)
 * @param terminal        whether a person watches standard error, so long work may show its progress there
 * @param texts           the language the command line speaks; English until {@link DebtmeterCommand#create}
 *                        decides it from the command line ({@link CliLanguage})
 * @param environment     the process's environment ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code PGUSER}…);
 *                        tests give their own
 */
public record CliContext(RubricLoader rubricLoader, RubricCatalog rubricCatalog, PrintWriter out, PrintWriter err,
                         StoreOpener stores, Path defaultDatabase, BooleanSupplier terminal, CliTexts texts,
                         Map<String, String> environment) {

    /** The window's database file name inside the per-user data folder. */
    public static final String DEFAULT_DATABASE_NAME = "debtmeter.db";

    /**
     * Opens a database file for reading and writing; the caller closes the store. {@code language}
     * is the one its refusals (a newer version's file, a full disk…) are told in.
     */
    @FunctionalInterface
    public interface StoreOpener {
        AssessmentStore open(Path file, Locale language) throws DatabaseOpenException;

        /**
         * For commands that only read: an existing file, never created, read without the write
         * lock; {@code readOnly} (the {@code --read-only} option) has SQLite open it read-only.
         */
        default AssessmentStore openForReading(Path file, boolean readOnly, Locale language) throws DatabaseOpenException {
            return readOnly ? SqliteAssessmentStore.openReadOnly(file, language)
                    : SqliteAssessmentStore.openForReading(file, language);
        }
    }

    /** The language of this run: its messages, and the problems core reports (see {@link #inLanguage}). */
    public Locale language() {
        return texts.locale();
    }

    /** Opens a database file for reading and writing, its refusals in this run's language. */
    public AssessmentStore open(Path file) throws DatabaseOpenException {
        return stores.open(file, language());
    }

    /** {@link StoreOpener#openForReading}, its refusals in this run's language. */
    public AssessmentStore openForReading(Path file, boolean readOnly) throws DatabaseOpenException {
        return stores.openForReading(file, readOnly, language());
    }

    /**
     * Opens a database file, or one on a PostgreSQL server (created and migrated as needed), with the
     * password from {@code PGPASSWORD} or the password file ({@link ServerLogin}).
     */
    public AssessmentStore open(DatabaseAddress address) throws DatabaseOpenException {
        return switch (address) {
            case DatabaseAddress.File file -> open(file.path());
            case DatabaseAddress.Server server -> PostgresAssessmentStore.open(new ServerLogin(this).location(server), language());
        };
    }

    /**
     * For commands that only read: a file as {@link StoreOpener#openForReading}; a server database
     * read-only with {@code --read-only}, else as any command opens it except that an empty one is
     * refused rather than given Debtmeter's tables.
     */
    public AssessmentStore openForReading(DatabaseAddress address, boolean readOnly) throws DatabaseOpenException {
        return switch (address) {
            case DatabaseAddress.File file -> openForReading(file.path(), readOnly);
            case DatabaseAddress.Server server -> {
                PostgresLocation where = new ServerLogin(this).location(server);
                yield readOnly ? PostgresAssessmentStore.openReadOnly(where, language())
                        : PostgresAssessmentStore.openExisting(where, language());
            }
        };
    }

    /**
     * Whether a database holds none of Debtmeter's tables: a file that is not there, or a server
     * database without them. An import plans against an empty store then, and writes (creating the
     * file or the tables) only once the exchange file has proved valid. With {@code readOnly} the look
     * writes nothing either (no upgrade of older tables), as {@code --read-only} promises.
     */
    public boolean holdsNoDebtmeterData(DatabaseAddress address, boolean readOnly) throws DatabaseOpenException {
        return switch (address) {
            case DatabaseAddress.File file -> !Files.exists(file.path());
            case DatabaseAddress.Server server -> {
                try (AssessmentStore ignored = openForReading(server, readOnly)) {
                    yield false;
                } catch (PostgresOpenException e) {
                    if (e.problem() != PostgresOpenException.Problem.MISSING) {
                        throw e;
                    }
                    yield true;
                }
            }
        };
    }

    /** Progress is shown when this process runs in a terminal. */
    public CliContext(RubricLoader rubricLoader, RubricCatalog rubricCatalog, PrintWriter out, PrintWriter err,
                      StoreOpener stores, Path defaultDatabase) {
        this(rubricLoader, rubricCatalog, out, err, stores, defaultDatabase, CliContext::inATerminal, CliTexts.ENGLISH,
                System.getenv());
    }

    /** The same context, with progress shown or not whatever the process is attached to (tests). */
    public CliContext withTerminal(boolean shown) {
        return new CliContext(rubricLoader, rubricCatalog, out, err, stores, defaultDatabase, () -> shown, texts,
                environment);
    }

    /** The same context, reading these environment variables instead of the process's (tests). */
    public CliContext withEnvironment(Map<String, String> variables) {
        return new CliContext(rubricLoader, rubricCatalog, out, err, stores, defaultDatabase, terminal, texts,
                Map.copyOf(variables));
    }

    /**
     * The same context, speaking this language (Japanese for {@code ja}, else English): its own
     * messages, and the rubric problems its loader and catalog report.
     */
    public CliContext inLanguage(Locale language) {
        RubricLoader loader = new RubricLoader(language);
        return new CliContext(loader, new RubricCatalog(loader, rubricCatalog.userFolder()), out, err, stores,
                defaultDatabase, terminal, CliTexts.of(language), environment);
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
