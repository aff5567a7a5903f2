package io.debtmeter.cli;

import io.debtmeter.core.scoring.DisplayDates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.exchange.ExchangeDocument;
import io.debtmeter.core.exchange.ExchangeScores;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.GradeBand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Scores the assessments of an exchange file with their own rubric snapshots; no database is opened. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class ScoreCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE.json", descriptionKey = "file")
    Path file;

    @Option(names = "--json")
    boolean json;

    ScoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExchangeDocument document = ExchangeFiles.read(context, file, context.texts().get("cli.score.nothingDone"));
        List<ExchangeScores.Scored> scores = new ExchangeScores().of(document);
        if (json) {
            context.out().println(asJson(scores));
        } else {
            printTable(scores);
        }
        return ExitCode.OK;
    }

    private void printTable(List<ExchangeScores.Scored> scores) {
        CliTexts texts = context.texts();
        if (scores.isEmpty()) {
            context.out().println(texts.get("cli.score.none", file));
            return;
        }
        String[] headings = texts.get("cli.score.headings").split("\\|");
        int teamWidth = Math.max(TerminalText.width(headings[0]),
                scores.stream().mapToInt(s -> TerminalText.width(team(s))).max().orElse(0));
        int periodWidth = Math.max(TerminalText.width(headings[1]),
                scores.stream().mapToInt(s -> TerminalText.width(period(s))).max().orElse(0));
        int dateWidth = Math.max(11, TerminalText.width(headings[2]));
        int debtWidth = Math.max(10, TerminalText.width(headings[3]));
        int gradeWidth = Math.max(5, TerminalText.width(headings[4]));
        row(new String[] {headings[0], headings[1], headings[2], headings[3], headings[4], headings[5]},
                teamWidth, periodWidth, dateWidth, debtWidth, gradeWidth);
        for (ExchangeScores.Scored scored : scores) {
            Coverage coverage = scored.score().coverage();
            String shownCoverage = texts.get("cli.score.coverage", String.valueOf(coverage.answered()),
                    coverage.dontKnow() > 0 ? texts.get("cli.score.dontKnow", String.valueOf(coverage.dontKnow())) : "",
                    String.valueOf(coverage.notApplicable()), String.valueOf(coverage.unanswered()))
                    + (scored.score().isPartial() ? texts.get("cli.score.partial") : "");
            row(new String[] {team(scored), period(scored), DisplayDates.shown(scored.assessment().date(), texts.locale()),
                debtIndex(scored), scored.score().grade().map(GradeBand::label).orElse("—"), shownCoverage},
                    teamWidth, periodWidth, dateWidth, debtWidth, gradeWidth);
        }
    }

    /** Team, period, date and grade left-aligned, the debt index right-aligned, in terminal columns. */
    private void row(String[] cells, int teamWidth, int periodWidth, int dateWidth, int debtWidth, int gradeWidth) {
        context.out().println(TerminalText.padded(cells[0], teamWidth) + "  " + TerminalText.padded(cells[1], periodWidth)
                + "  " + TerminalText.padded(cells[2], dateWidth) + "  "
                + " ".repeat(Math.max(0, debtWidth - TerminalText.width(cells[3]))) + cells[3] + "  "
                + TerminalText.padded(cells[4], gradeWidth) + "  " + cells[5]);
    }

    private static String team(ExchangeScores.Scored scored) {
        return TerminalText.inline(scored.team().name());
    }

    private static String period(ExchangeScores.Scored scored) {
        return TerminalText.inline(scored.assessment().period());
    }

    private static String debtIndex(ExchangeScores.Scored scored) {
        return DisplayNumbers.shown(scored.score().debtIndex());
    }

    private static String asJson(List<ExchangeScores.Scored> scores) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode rows = mapper.createArrayNode();
        for (ExchangeScores.Scored scored : scores) {
            ObjectNode row = rows.addObject();
            row.put("team", scored.team().name());
            row.put("teamId", scored.team().id().toString());
            row.put("assessmentId", scored.assessment().id().toString());
            row.put("period", scored.assessment().period());
            row.put("date", scored.assessment().date().toString());
            row.put("status", scored.assessment().status().name().toLowerCase(Locale.ROOT));
            row.put("rubric", scored.assessment().rubricId() + " " + scored.assessment().rubricVersion());
            if (scored.score().debtIndex().isPresent()) {
                row.put("debtIndex", ScoreCalculator.roundForDisplay(scored.score().debtIndex().getAsDouble()));
            } else {
                row.putNull("debtIndex");
            }
            if (scored.score().grade().isPresent()) {
                row.put("grade", scored.score().grade().get().label());
            } else {
                row.putNull("grade");
            }
            Coverage coverage = scored.score().coverage();
            ObjectNode cover = row.putObject("coverage");
            cover.put("answered", coverage.answered());
            cover.put("dontKnow", coverage.dontKnow());
            cover.put("notApplicable", coverage.notApplicable());
            cover.put("unanswered", coverage.unanswered());
            row.put("partial", scored.score().isPartial());
        }
        try {
            return TerminalText.json(mapper.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
