package io.debtmeter.cli;

import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.RubricCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Prints a rubric as readable text: what a facilitator would read out in a retrospective. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a rubric as readable text (the default rubric when no ID is given).",
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class RubricShowCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Rubric id, see 'debtmeter rubric list'.")
    String rubricId;

    @Option(names = "--width", defaultValue = "100", description = "Wrap text at this many columns (default: ${DEFAULT-VALUE}).")
    int width;

    RubricShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String id = rubricId == null ? RubricCatalog.DEFAULT_RUBRIC_ID : rubricId;
        RubricCatalog.Contents contents = context.rubricCatalog().load();
        CatalogEntry entry = contents.find(id).orElseThrow(() -> new CommandFailure(ExitCode.INVALID_INPUT,
                "no rubric with id '" + id + "'; available: " + contents.entries().stream()
                        .map(e -> e.rubric().id()).distinct().collect(Collectors.joining(", "))));
        context.out().print(TerminalText.lines(new RubricText(Math.max(40, width)).render(entry.rubric())));
        context.out().flush();
        return ExitCode.OK;
    }
}
