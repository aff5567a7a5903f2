package io.debtmeter;

import io.debtmeter.cli.CliContext;
import io.debtmeter.cli.CommandFailure;
import io.debtmeter.cli.DebtmeterCommand;
import io.debtmeter.cli.ExitCode;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.ui.shell.DebtmeterApp;
import io.debtmeter.ui.shell.WindowUnavailableException;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. It must not extend {@code Application}: the class-path launch of JavaFX
 * refuses such a main class. It parses the command line and opens the window only when no
 * subcommand was given, so {@code --version} and every headless command work without a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        // Taken now: while JavaFX starts, System.err is held back (see DebtmeterApp.open).
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (opensTheWindowOnly(args)) {
            // The common start from a desktop icon: no command tree to build, no rubric tools to make.
            try {
                openWindow(args);
                return ExitCode.OK;
            } catch (CommandFailure failure) {
                err.println("debtmeter: " + failure.getMessage());
                return failure.exitCode();
            }
        }
        RubricLoader loader = new RubricLoader();
        RubricCatalog catalog = new RubricCatalog(loader, UserDirectories.ofThisMachine().userRubricsFolder());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(loader, catalog, out, err, SqliteAssessmentStore::open);
        return DebtmeterCommand.create(context, () -> openWindow(args), args).execute(args);
    }

    /** A machine without a display or GTK 3 is told so in one line, with its own exit code. */
    private static void openWindow(String[] args) {
        try {
            DebtmeterApp.open(args);
        } catch (WindowUnavailableException e) {
            throw new CommandFailure(ExitCode.WINDOW_UNAVAILABLE, e.getMessage());
        }
    }

    /**
     * No arguments, or only {@code --db PATH}: nothing for picocli to do but open the window. A server
     * address goes to picocli, which says the window cannot open one yet.
     */
    static boolean opensTheWindowOnly(String[] args) {
        return args.length == 0
                || (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > "--db=".length()
                    && !DebtmeterCommand.namesAServer(args[0].substring("--db=".length())))
                || (args.length == 2 && args[0].equals("--db") && !args[1].isBlank() && !args[1].startsWith("-")
                    && !DebtmeterCommand.namesAServer(args[1]));
    }
}
