package io.debtmeter.cli;

import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.storage.SqliteAssessmentStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one debtmeter command line in this process, as the CLI tests do, and keeps what it printed.
 * One home for the runner the CLI tests each used to copy.
 */
final class CliRuns {

    /** What one command line did: its exit code, what it printed, and whether it asked for the window. */
    record Run(int exitCode, String out, String err, boolean windowOpened) {
    }

    private final Path userRubrics;
    private final Path defaultDatabase;
    private final boolean windowAllowed;
    private final boolean stackTracesChecked;
    private final boolean terminal;
    private final Map<String, String> environment;

    private CliRuns(Path userRubrics, Path defaultDatabase, boolean windowAllowed, boolean stackTracesChecked,
                    boolean terminal) {
        this(userRubrics, defaultDatabase, windowAllowed, stackTracesChecked, terminal, null);
    }

    private CliRuns(Path userRubrics, Path defaultDatabase, boolean windowAllowed, boolean stackTracesChecked,
                    boolean terminal, Map<String, String> environment) {
        this.environment = environment;
        this.userRubrics = userRubrics;
        this.defaultDatabase = defaultDatabase;
        this.windowAllowed = windowAllowed;
        this.stackTracesChecked = stackTracesChecked;
        this.terminal = terminal;
    }

    /** Runs with user rubrics from this folder, this machine's default database, and no window allowed. */
    static CliRuns withUserRubrics(Path userRubrics) {
        return new CliRuns(userRubrics, null, false, false, false);
    }

    /** Runs with user rubrics from a new, empty {@code user-rubrics} folder made in this folder. */
    static CliRuns withNewUserRubricsFolder(Path folder) throws IOException {
        return withUserRubrics(Files.createDirectory(folder.resolve("user-rubrics")));
    }

    /** The same runs, with this file as the database used when no {@code --db} is given. */
    CliRuns defaultDatabase(Path file) {
        return new CliRuns(userRubrics, file, windowAllowed, stackTracesChecked, terminal, environment);
    }

    /** The same runs, where asking for the window is recorded in {@link Run#windowOpened()} instead of failing. */
    CliRuns windowAllowed() {
        return new CliRuns(userRubrics, defaultDatabase, true, stackTracesChecked, terminal, environment);
    }

    /** The same runs, where every run also checks that no stack trace reaches the user. */
    CliRuns noStackTraces() {
        return new CliRuns(userRubrics, defaultDatabase, windowAllowed, true, terminal, environment);
    }

    /**
     * The same runs, told that a person watches standard error (as in a terminal), so long work shows
     * its progress there; without this, runs are told there is no terminal, whatever runs the tests.
     */
    CliRuns inATerminal() {
        return new CliRuns(userRubrics, defaultDatabase, windowAllowed, stackTracesChecked, true, environment);
    }

    /**
     * The same runs, seeing only these environment variables ({@code PGPASSWORD}, {@code PGPASSFILE}…)
     * instead of the process's.
     */
    CliRuns environment(Map<String, String> variables) {
        return new CliRuns(userRubrics, defaultDatabase, windowAllowed, stackTracesChecked, terminal, Map.copyOf(variables));
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicBoolean windowOpened = new AtomicBoolean();
        RubricLoader loader = new RubricLoader();
        RubricCatalog catalog = new RubricCatalog(loader, userRubrics);
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CliContext built = (defaultDatabase == null
                ? new CliContext(loader, catalog, outWriter, errWriter, SqliteAssessmentStore::open)
                : new CliContext(loader, catalog, outWriter, errWriter, SqliteAssessmentStore::open, defaultDatabase))
                .withTerminal(terminal);
        CliContext context = environment == null ? built : built.withEnvironment(environment);
        int exitCode = DebtmeterCommand.create(context, () -> {
            if (!windowAllowed) {
                throw new AssertionError("no window");
            }
            windowOpened.set(true);
        }, args).execute(args);
        context.out().flush();
        context.err().flush();
        Run run = new Run(exitCode, out.toString(), err.toString(), windowOpened.get());
        if (stackTracesChecked) {
            assertThat(run.err()).as("stderr of %s must not show a stack trace", Arrays.toString(args))
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
        return run;
    }
}
