package io.debtmeter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import io.debtmeter.core.platform.DisplayLanguage;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The top-level command. Its help, like every command's, is in the bundle {@link CliTexts#BUNDLE}. With no subcommand it opens the window (through the callback the
 * launcher passes in, so this package never touches JavaFX); with one, it runs headless.
 */
@Command(name = "debtmeter",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE,
        exitCodeOnExecutionException = ExitCode.INTERNAL_ERROR)
public final class DebtmeterCommand implements Runnable {

    private final Runnable openWindow;

    /** A file, or {@code postgresql://…}: read by {@link DatabaseAddress.Converter}, registered in {@link #create}. */
    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT)
    DatabaseAddress database;

    /**
     * Parsed so that picocli shows it and refuses a language we do not speak; the language itself is
     * decided before parsing, from the same arguments, by {@link CliLanguage} (the help needs it first).
     */
    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, converter = LanguageConverter.class)
    DisplayLanguage language;

    /** Refuses anything but en, ja and system, naming them. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<DisplayLanguage> {
        @Override
        public DisplayLanguage convert(String value) {
            return DisplayLanguage.ofTag(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a language Debtmeter speaks; use en, ja or system"));
        }
    }

    @Option(names = "--read-only", scope = ScopeType.INHERIT)
    boolean readOnly;

    private final CliTexts texts;

    DebtmeterCommand(Runnable openWindow, CliTexts texts) {
        this.openWindow = openWindow;
        this.texts = texts;
    }

    @Override
    public void run() {
        if (readOnly) {
            throw new CommandFailure(ExitCode.USAGE, texts.get("cli.readOnly.window"));
        }
        // A server address was checked by its converter; the window finds its password or asks for it.
        openWindow.run();
    }

    /** Whether a {@code --db} value names a database on a PostgreSQL server rather than a file. */
    public static boolean namesAServer(String database) {
        return io.debtmeter.core.connect.ServerAddress.namesAServer(database);
    }

    /**
     * Builds the command line for these arguments, with our exit codes and plain error messages, in the
     * language {@link CliLanguage} decides from them: its help, its messages and picocli's own errors.
     * When the arguments name a subcommand, only that one is built: each costs picocli's reflection
     * and its own classes (export's formats, PDF page sizes…), and building all nine took about 150 ms
     * of a one-second {@code teams} (issue 22). Without a subcommand, or with one we do not know, all
     * are built, so the top-level help lists them and picocli can suggest the nearest name.
     */
    public static CommandLine create(CliContext englishOrAny, Runnable openWindow, String[] args) {
        CliContext context = englishOrAny.inLanguage(
                CliLanguage.of(args, englishOrAny.defaultDatabase(), Locale.getDefault()));
        CliTexts texts = context.texts();
        CommandLine commandLine = new CommandLine(new DebtmeterCommand(openWindow, texts));
        Predicate<String> wanted = SubcommandChoice.named(args, Subcommands.NAMES)
                .<Predicate<String>>map(chosen -> chosen::equals).orElse(name -> true);
        Subcommands.addTo(commandLine, context, wanted);
        commandLine.registerConverter(DatabaseAddress.class, new DatabaseAddress.Converter(texts));
        // After the subcommands: picocli gives the bundle to those already added.
        commandLine.setResourceBundle(texts.bundle());
        // --format csv, --page letter: enum values are typed in lower case.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        if (texts.japanese()) {
            commandLine.setParameterExceptionHandler((exception, arguments) -> UsageErrors.print(exception, texts));
        }
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof CommandFailure failure) {
                cmd.getErr().println("debtmeter: " + TerminalText.lines(failure.getMessage()));
                return failure.exitCode();
            }
            if (exception instanceof IOException io) {
                cmd.getErr().println(texts.get("cli.error.io", TerminalText.lines(io.getMessage())));
                return ExitCode.IO_ERROR;
            }
            cmd.getErr().println(texts.get("cli.error.internal", String.valueOf(exception)));
            return ExitCode.INTERNAL_ERROR;
        });
        return commandLine;
    }
}
