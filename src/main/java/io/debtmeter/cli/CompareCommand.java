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
        exitCodeOnInvalidInput = ExitCode.USAGE,
        description = {"Compare two assessments: debt index, categories, improved and regressed items with their"
                + " notes, and the actions closed in between. ID1 is \"before\", ID2 \"after\".",
            "Items and categories are matched by id, each side scored with its own rubric version;"
                + " deltas are differences of the values as shown (one decimal).", ""},
        footer = {"", "Exit codes: 0 ok, 1 usage error, 2 unknown or ambiguous id,",
            "  3 the database could not be read or is damaged, 6 busy (another program held its lock too long).",
            "", "Examples:",
            "  debtmeter compare 3f2a9c1e 7b01d4aa",
            "  debtmeter compare 3f2a 7b01 --format md > comparison.md",
            "  debtmeter compare 3f2a 7b01 --format json | jq '.debtIndex'"})
final class CompareCommand extends ReadingCommand {

    enum Format { TEXT, JSON, MD }

    @Parameters(index = "0", paramLabel = "ID1", description = "The earlier (\"before\") assessment: id or unique prefix.")
    String beforeId;

    @Parameters(index = "1", paramLabel = "ID2", description = "The later (\"after\") assessment: id or unique prefix.")
    String afterId;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or md.")
    Format format;

    CompareCommand(CliContext context) {
        super(context);
    }

    @Override
    int read(AssessmentStore store) {
        ExistingDatabase.requireNoDamageSeen(store);
        IdResolver ids = new IdResolver(store);
        Assessment before = ids.assessment(beforeId);
        Assessment after = ids.assessment(afterId);
        Format shown = format == null ? Format.TEXT : format;
        // Markdown is a report, in the chosen language like the exported ones; text and JSON are for the terminal and scripts.
        String language = shown == Format.MD ? language().getLanguage() : "en";
        Comparison comparison = new ComparisonLoader(new AssessmentComparer(new ScoreCalculator()), ZoneId.systemDefault(),
                language).load(store, before.id(), after.id());
        context.out().print(switch (shown) {
            case TEXT -> TerminalText.lines(ComparisonText.render(comparison));
            case JSON -> JsonOutput.print(ComparisonJson.of(comparison));
            case MD -> TerminalText.lines(ComparisonMarkdown.render(comparison, ReportTexts.of(language())));
        });
        context.out().flush();
        return ExitCode.OK;
    }
}
