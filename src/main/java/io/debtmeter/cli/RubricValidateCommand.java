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
        try {
            Rubric rubric = context.rubricLoader().load(file);
            context.out().printf("%s: valid — %s %s, %d categories, %d items%n", file, TerminalText.inline(rubric.title()),
                    TerminalText.inline(rubric.version()), rubric.categories().size(), rubric.items().size());
            // Warnings, not problems: the English text is shown where a translation has none.
            for (TranslationGaps.Gap gap : TranslationGaps.in(rubric)) {
                context.err().println(TerminalText.inline(file + ": warning: " + gap.pointer() + ": " + gap.message()));
            }
            return ExitCode.OK;
        } catch (InvalidRubricException e) {
            for (RubricProblem problem : e.problems()) {
                context.err().println(TerminalText.lines(problem.describe()));
            }
            context.err().printf("%s: %d %s%n", file, e.problems().size(),
                    e.problems().size() == 1 ? "problem" : "problems");
            return ExitCode.INVALID_INPUT;
        } catch (NoSuchFileException e) {
            context.err().println(file + ": no such file");
            return ExitCode.IO_ERROR;
        } catch (IOException e) {
            context.err().println(file + ": cannot be read: " + e.getMessage());
            return ExitCode.IO_ERROR;
        }
    }
}
