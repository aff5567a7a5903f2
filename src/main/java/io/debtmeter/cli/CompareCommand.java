package io.debtmeter.cli;

import io.debtmeter.core.analysis.compare.AssessmentComparer;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ComparisonLoader;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.export.ComparisonMarkdown;
import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.ZoneId;

/** Compares two assessments (two quarters of a team, or two teams) as the compare screen does. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class CompareCommand extends ReadingCommand {

    enum Format { TEXT, JSON, MD }

    @Parameters(index = "0", paramLabel = "ID1", descriptionKey = "before")
    String beforeId;

    @Parameters(index = "1", paramLabel = "ID2", descriptionKey = "after")
    String afterId;

    @Option(names = "--format", paramLabel = "FORMAT")
    Format format;

    CompareCommand(CliContext context) {
        super(context);
    }

    @Override
    int read(AssessmentStore store) {
        ExistingDatabase.requireNoDamageSeen(store);
        IdResolver ids = new IdResolver(store, texts());
        Assessment before = ids.assessment(beforeId);
        Assessment after = ids.assessment(afterId);
        Format shown = format == null ? Format.TEXT : format;
        // Text and Markdown in the chosen language (Markdown is a report like the exported ones); JSON, for scripts, in English.
        String language = shown == Format.JSON ? "en" : language().getLanguage();
        Comparison comparison = new ComparisonLoader(new AssessmentComparer(new ScoreCalculator()), ZoneId.systemDefault(),
                language).load(store, before.id(), after.id());
        context.out().print(switch (shown) {
            case TEXT -> TerminalText.lines(ComparisonText.render(comparison, texts()));
            case JSON -> JsonOutput.print(ComparisonJson.of(comparison));
            case MD -> TerminalText.lines(ComparisonMarkdown.render(comparison, ReportTexts.of(language())));
        });
        context.out().flush();
        return ExitCode.OK;
    }
}
