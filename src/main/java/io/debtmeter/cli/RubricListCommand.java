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
        CliTexts texts = context.texts();
        String[] headings = texts.get("cli.rubricList.headings").split("\\|");
        context.out().println(row(headings[0], headings[1], headings[2], headings[3]));
        for (CatalogEntry entry : contents.entries()) {
            // The title in the run's language where the rubric has one.
            context.out().println(row(TerminalText.inline(entry.rubric().id()), TerminalText.inline(entry.rubric().version()),
                    String.valueOf(entry.rubric().items().size()), texts.get("cli.rubricList.title", TerminalText.inline(
                            entry.rubric().localized(texts.locale().getLanguage()).title()),
                            texts.get("cli.rubricList.origin." + entry.origin().name()))));
        }
        context.out().println(texts.get("cli.rubricList.userFolder", context.rubricCatalog().userFolder()));
        for (InvalidRubricException failure : contents.failures()) {
            context.err().println(texts.get("cli.rubricList.skipped", TerminalText.inline(failure.source()),
                    String.valueOf(failure.problems().size()), failure.source()));
        }
        return ExitCode.OK;
    }

    /** Columns of 22, 9 and 6 terminal columns, a space apart, then the title. */
    private static String row(String id, String version, String items, String title) {
        return TerminalText.padded(id, 22) + " " + TerminalText.padded(version, 9) + " " + TerminalText.padded(items, 6)
                + " " + title;
    }
}
