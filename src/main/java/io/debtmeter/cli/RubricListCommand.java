package io.debtmeter.cli;

import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.InvalidRubricException;
import io.debtmeter.core.rubric.RubricCatalog;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Lists the rubrics the app offers, bundled and from the user's rubrics folder. */
@Command(name = "list", mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class RubricListCommand implements Callable<Integer> {

    private final CliContext context;

    RubricListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RubricCatalog.Contents contents = context.rubricCatalog().load();
        context.out().printf("%-22s %-9s %-6s %s%n", "ID", "VERSION", "ITEMS", "TITLE");
        for (CatalogEntry entry : contents.entries()) {
            context.out().printf("%-22s %-9s %-6d %s (%s)%n", TerminalText.inline(entry.rubric().id()),
                    TerminalText.inline(entry.rubric().version()), entry.rubric().items().size(),
                    TerminalText.inline(entry.rubric().title()), entry.origin().name().toLowerCase());
        }
        context.out().println("User rubrics folder: " + context.rubricCatalog().userFolder());
        for (InvalidRubricException failure : contents.failures()) {
            context.err().println("Skipped " + TerminalText.inline(failure.source()) + ": " + failure.problems().size()
                    + " problem(s); run 'debtmeter rubric validate " + failure.source() + "'");
        }
        return ExitCode.OK;
    }
}
