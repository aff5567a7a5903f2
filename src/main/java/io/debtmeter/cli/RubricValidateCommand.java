package io.debtmeter.cli;

import io.debtmeter.core.rubric.InvalidRubricException;
import io.debtmeter.core.rubric.RubricProblem;
import io.debtmeter.core.rubric.TranslationGaps;
import io.debtmeter.model.Rubric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Checks rubric files and lists every problem with its place, like a compiler. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class RubricValidateCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    RubricValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int worst = ExitCode.OK;
        for (Path file : files) {
            worst = Math.max(worst, validate(file));
        }
        return worst;
    }

    private int validate(Path file) {
        CliTexts texts = context.texts();
        try {
            Rubric rubric = context.rubricLoader().load(file);
            context.out().println(texts.get("cli.validate.valid", file, TerminalText.inline(rubric.title()),
                    TerminalText.inline(rubric.version()), String.valueOf(rubric.categories().size()),
                    String.valueOf(rubric.items().size())));
            // Warnings, not problems: the English text is shown where a translation has none.
            for (TranslationGaps.Gap gap : TranslationGaps.in(rubric)) {
                context.err().println(TerminalText.inline(texts.get("cli.validate.warning", file, gap.pointer(), gap.message(context.language()))));
            }
            return ExitCode.OK;
        } catch (InvalidRubricException e) {
            for (RubricProblem problem : e.problems()) {
                context.err().println(TerminalText.lines(problem.describe(context.language())));
            }
            context.err().println(texts.get("cli.validate.problems", file, String.valueOf(e.problems().size()),
                    e.problems().size()));
            return ExitCode.INVALID_INPUT;
        } catch (NoSuchFileException e) {
            context.err().println(texts.get("cli.file.missing", file));
            return ExitCode.IO_ERROR;
        } catch (IOException e) {
            context.err().println(texts.get("cli.file.unreadable", file, e.getMessage()));
            return ExitCode.IO_ERROR;
        }
    }
}
