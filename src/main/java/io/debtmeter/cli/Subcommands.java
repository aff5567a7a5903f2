package io.debtmeter.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** The subcommands of {@code debtmeter}, in the order the help lists them, each built only when wanted. */
final class Subcommands {

    private static final Map<String, Function<CliContext, Object>> FACTORIES = factories();

    /** Every subcommand's name, in help order. */
    static final List<String> NAMES = List.copyOf(FACTORIES.keySet());

    private Subcommands() {
    }

    private static Map<String, Function<CliContext, Object>> factories() {
        Map<String, Function<CliContext, Object>> factories = new LinkedHashMap<>();
        factories.put("rubric", context -> new CommandLine(new RubricCommand(context.texts()))
                .addSubcommand(new RubricValidateCommand(context))
                .addSubcommand(new RubricShowCommand(context))
                .addSubcommand(new RubricListCommand(context)));
        factories.put("sample", SampleCommand::new);
        factories.put("teams", TeamsCommand::new);
        factories.put("assessments", AssessmentsCommand::new);
        factories.put("export", ExportCommand::new);
        factories.put("compare", CompareCommand::new);
        factories.put("import", ImportCommand::new);
        factories.put("copy", CopyCommand::new);
        factories.put("score", ScoreCommand::new);
        factories.put("restore", RestoreCommand::new);
        return factories;
    }

    /** Adds the wanted subcommands to the top-level command line, in help order. */
    static void addTo(CommandLine commandLine, CliContext context, Predicate<String> wanted) {
        FACTORIES.forEach((name, factory) -> {
            if (wanted.test(name)) {
                commandLine.addSubcommand(name, factory.apply(context));
            }
        });
    }
}
