package io.debtmeter.cli;

import io.debtmeter.core.platform.DisplayLanguage;
import io.debtmeter.core.platform.Settings;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
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

    /** {@code --db}, else the window's default database. */
    final Path database() {
        return parent != null && parent.database != null ? parent.database : context.defaultDatabase();
    }

    /**
     * The language of dates in the output: {@code --lang}, else the one chosen in the window (remembered
     * beside the default database), else the system's.
     */
    final Locale language() {
        DisplayLanguage chosen = parent != null && parent.language != null ? parent.language
                : DisplayLanguage.remembered(Settings.in(context.defaultDatabase().toAbsolutePath().getParent()));
        return chosen.locale(Locale.getDefault());
    }

    final boolean readOnly() {
        return parent != null && parent.readOnly;
    }
}
