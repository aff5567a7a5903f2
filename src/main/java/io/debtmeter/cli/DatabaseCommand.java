package io.debtmeter.cli;

import picocli.CommandLine.ParentCommand;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A command that works on a database file. {@code --db} and {@code --read-only} are options of the
 * top-level command (inherited by every subcommand), so each database command reads them from there.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    final CliContext context;

    /** Holds the inherited {@code --db} and {@code --read-only} options; null when built without a command line. */
    @ParentCommand
    DebtmeterCommand parent;

    DatabaseCommand(CliContext context) {
        this.context = context;
    }

    /** {@code --db} (a file or a server database), else the window's default database file. */
    final DatabaseAddress address() {
        return parent != null && parent.database != null ? parent.database
                : new DatabaseAddress.File(context.defaultDatabase());
    }

    /** Whether this command works on a database on a PostgreSQL server rather than a file. */
    final boolean onServer() {
        return address() instanceof DatabaseAddress.Server;
    }

    /**
     * The language of messages, dates and reports: the one {@link CliLanguage} chose for this run
     * ({@code --lang}, else the one chosen in the window, else the system's).
     */
    final Locale language() {
        return context.texts().locale();
    }

    final CliTexts texts() {
        return context.texts();
    }

    final boolean readOnly() {
        return parent != null && parent.readOnly;
    }
}
