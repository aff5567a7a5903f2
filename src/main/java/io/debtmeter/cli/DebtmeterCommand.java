package io.debtmeter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import io.debtmeter.core.platform.DisplayLanguage;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

import java.io.IOException;

/**
 * The top-level command. With no subcommand it opens the window (through the callback the
 * launcher passes in, so this package never touches JavaFX); with one, it runs headless.
 */
@Command(name = "debtmeter",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE,
        exitCodeOnExecutionException = ExitCode.INTERNAL_ERROR,
        description = {
            "Measure and pay down machine-learning technical debt.",
            "Without a command, opens the Debtmeter window."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  ok",
            "  1  usage error (unknown option, missing argument)",
            "  2  invalid input (e.g. a rubric with errors, an unknown or ambiguous id)",
            "  3  a file could not be read or written (or exists: export without --force); the database is",
            "     missing (reading commands create none), not Debtmeter's, or damaged (nothing is written to it)",
            "  4  internal error (please report it)",
            "  5  the window cannot open here: no display, or no GTK 3",
            "  6  busy: another program held the database's lock too long; try again",
            "",
            "Examples:",
            "  debtmeter --db team.db            (open the window on another database)",
            "  debtmeter teams",
            "  debtmeter assessments --team \"search ranking\"",
            "  debtmeter export --assessment 3f2a9c1e --format md --out scorecard.md",
            "  debtmeter export --team \"search ranking\" --format csv --out scores.csv",
            "  debtmeter export --all --format json --out everything.json",
            "  debtmeter import everything.json --dry-run",
            "  debtmeter score team.json",
            "  debtmeter compare 3f2a 7b01 --format md",
            "  debtmeter restore --db team.db    (put the newest backup in place of a damaged file)",
            "  debtmeter rubric show",
            "  debtmeter rubric validate my-rubric.json",
            "  debtmeter sample --teams 500 --assessments 40 --db big.db   (generated teams for demos)"})
public final class DebtmeterCommand implements Runnable {

    private final Runnable openWindow;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Database file to use instead of the default one in the per-user data folder.")
    Path database;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, converter = LanguageConverter.class,
            description = "Language of the window and of dates in output: en, ja or system (default: the one chosen"
                    + " in the window, else the system's).")
    DisplayLanguage language;

    /** Refuses anything but en, ja and system, naming them. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<DisplayLanguage> {
        @Override
        public DisplayLanguage convert(String value) {
            return DisplayLanguage.ofTag(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a language Debtmeter speaks; use en, ja or system"));
        }
    }

    @Option(names = "--read-only", scope = ScopeType.INHERIT,
            description = "Open the database read-only: nothing is written to it, not even an upgrade"
                    + " (reading commands and the window).")
    boolean readOnly;

    public DebtmeterCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public void run() {
        if (readOnly) {
            throw new CommandFailure(ExitCode.USAGE, "--read-only applies to the commands that read (teams, assessments,"
                    + " compare, export); the window offers read-only viewing itself when a file cannot be written");
        }
        openWindow.run();
    }

    /** Builds the command line with every subcommand, our exit codes and plain error messages. */
    public static CommandLine create(CliContext context, Runnable openWindow) {
        return create(context, openWindow, name -> true);
    }

    /**
     * Builds the command line for these arguments: when they name a subcommand, only that one is
     * built. Each subcommand costs picocli's reflection and its own classes (export's formats, PDF
     * page sizes…); building all twelve took about 350 ms of a one-second {@code teams} (issue 22).
     * Without a subcommand, or with one we do not know, all are built, so the top-level help lists
     * them and picocli can suggest the nearest name.
     */
    public static CommandLine forArguments(CliContext context, Runnable openWindow, String[] args) {
        return SubcommandChoice.named(args, Subcommands.NAMES)
                .map(chosen -> create(context, openWindow, chosen::equals))
                .orElseGet(() -> create(context, openWindow));
    }

    private static CommandLine create(CliContext context, Runnable openWindow, java.util.function.Predicate<String> wanted) {
        CommandLine commandLine = new CommandLine(new DebtmeterCommand(openWindow));
        Subcommands.addTo(commandLine, context, wanted);
        // --format csv, --page letter: enum values are typed in lower case.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof CommandFailure failure) {
                cmd.getErr().println("debtmeter: " + TerminalText.lines(failure.getMessage()));
                return failure.exitCode();
            }
            if (exception instanceof IOException io) {
                cmd.getErr().println("debtmeter: cannot read or write a file: " + TerminalText.lines(io.getMessage()));
                return ExitCode.IO_ERROR;
            }
            cmd.getErr().println("debtmeter: internal error: " + exception
                    + "\nPlease report this, with the command you ran.");
            return ExitCode.INTERNAL_ERROR;
        });
        return commandLine;
    }
}
