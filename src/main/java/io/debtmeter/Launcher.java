package io.debtmeter;

import io.debtmeter.cli.CliContext;
import io.debtmeter.cli.DebtmeterCommand;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.ui.shell.DebtmeterApp;

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
        if (opensTheWindowOnly(args)) {
            // The common start from a desktop icon: no command tree to build, no rubric tools to make.
            DebtmeterApp.open(args);
            return 0;
        }
        RubricLoader loader = new RubricLoader();
        RubricCatalog catalog = new RubricCatalog(loader, UserDirectories.ofThisMachine().userRubricsFolder());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(loader, catalog, out, err, SqliteAssessmentStore::open);
        return DebtmeterCommand.create(context, () -> DebtmeterApp.open(args)).execute(args);
    }

    /** No arguments, or only {@code --db PATH}: nothing for picocli to do but open the window. */
    static boolean opensTheWindowOnly(String[] args) {
        return args.length == 0
                || (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > "--db=".length())
                || (args.length == 2 && args[0].equals("--db") && !args[1].isBlank() && !args[1].startsWith("-"));
    }
}
