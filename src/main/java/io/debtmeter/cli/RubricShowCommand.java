package io.debtmeter.cli;

import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.RubricCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Prints a rubric as readable text: what a facilitator would read out in a retrospective. */
@Command(name = "show", mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class RubricShowCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "0..1", paramLabel = "ID[@VERSION]", descriptionKey = "rubric")
    String rubricId;

    @Option(names = "--width", defaultValue = "100")
    int width;

    RubricShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String asked = rubricId == null ? RubricCatalog.DEFAULT_RUBRIC_ID : rubricId;
        String id = asked.contains("@") ? asked.substring(0, asked.indexOf('@')) : asked;
        RubricCatalog.Contents contents = context.rubricCatalog().load();
        Optional<CatalogEntry> found = asked.contains("@")
                ? contents.entries().stream().filter(e -> e.rubric().id().equals(id)
                        && e.rubric().version().equals(asked.substring(asked.indexOf('@') + 1))).findFirst()
                : contents.find(id);
        CliTexts texts = context.texts();
        CatalogEntry entry = found.orElseThrow(() -> new CommandFailure(ExitCode.INVALID_INPUT,
                texts.get("cli.rubricShow.none", asked, contents.entries().stream()
                        .map(e -> e.rubric().id() + "@" + e.rubric().version()).collect(Collectors.joining(", ")))));
        // In the run's language where the rubric has a translation; English where it has none.
        context.out().print(TerminalText.lines(new RubricText(Math.max(40, width), texts)
                .render(entry.rubric().localized(texts.locale().getLanguage()))));
        context.out().flush();
        return ExitCode.OK;
    }
}
