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
        ExchangeDocument document = ExchangeFiles.read(context, file, "nothing was scored");
        List<ExchangeScores.Scored> scores = new ExchangeScores().of(document);
        if (json) {
            context.out().println(asJson(scores));
        } else {
            printTable(scores);
        }
        return ExitCode.OK;
    }

    private void printTable(List<ExchangeScores.Scored> scores) {
        if (scores.isEmpty()) {
            context.out().println(file + " holds no assessments.");
            return;
        }
        int teamWidth = Math.max(4, scores.stream().mapToInt(s -> team(s).length()).max().orElse(4));
        int periodWidth = Math.max(6, scores.stream().mapToInt(s -> period(s).length()).max().orElse(6));
        String format = "%-" + teamWidth + "s  %-" + periodWidth + "s  %-11s  %10s  %-5s  %s%n";
        context.out().printf(Locale.ROOT, format, "Team", "Period", "Date", "Debt index", "Grade", "Coverage");
        for (ExchangeScores.Scored scored : scores) {
            Coverage coverage = scored.score().coverage();
            context.out().printf(Locale.ROOT, format, team(scored), period(scored),
                    DisplayDates.shown(scored.assessment().date()), debtIndex(scored), scored.score().grade().map(GradeBand::label).orElse("—"),
                    coverage.answered() + " answered, " + (coverage.dontKnow() > 0 ? coverage.dontKnow() + " don't know, " : "")
                            + coverage.notApplicable() + " n/a, " + coverage.unanswered()
                            + " open" + (scored.score().isPartial() ? " (partial)" : ""));
        }
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
