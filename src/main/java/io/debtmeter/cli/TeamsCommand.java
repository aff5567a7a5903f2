package io.debtmeter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Lists the teams with their latest result: what to type next into {@code assessments --team}. */
@Command(name = "teams", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class TeamsCommand extends ReadingCommand {

    @Option(names = "--json")
    boolean json;

    TeamsCommand(CliContext context) {
        super(context);
    }

    /** Four queries in all, whatever the number of teams: teams, counts, latest assessments, their summaries. */
    @Override
    int read(AssessmentStore store) {
        List<Team> teams = store.teams();
        Map<UUID, Integer> counts = store.assessmentCounts();
        Map<UUID, Assessment> latest = store.latestAssessments();
        Map<UUID, ScoreSummary> summaries = store.scoreSummaries(latest.values().stream().map(Assessment::id).toList());
        TextTable table = TextTable.headed(texts().get("cli.teams.headings"));
        ArrayNode array = JsonOutput.NODES.arrayNode();
        for (Team team : teams) {
            int count = counts.getOrDefault(team.id(), 0);
            Optional<Assessment> newest = Optional.ofNullable(latest.get(team.id()));
            Optional<ListedScore> score = newest.map(a -> new ListedScore(summaries.get(a.id())));
            table.row(team.name(), IdResolver.shortId(team.id()), String.valueOf(count),
                    newest.map(Assessment::period).orElse(DisplayNumbers.NONE),
                    score.map(s -> DisplayNumbers.shown(s.shownDebtIndex())).orElse(DisplayNumbers.NONE),
                    score.flatMap(ListedScore::grade).orElse(DisplayNumbers.NONE));
            ObjectNode node = array.addObject();
            node.put("id", team.id().toString());
            node.put("name", team.name());
            node.put("assessments", count);
            if (newest.isEmpty()) {
                node.putNull("latest");
            } else {
                ObjectNode last = node.putObject("latest");
                last.put("id", newest.get().id().toString());
                last.put("period", newest.get().period());
                last.put("date", newest.get().date().toString());
                JsonOutput.put(last, "debtIndex", score.get().shownDebtIndex());
                JsonOutput.put(last, "grade", score.get().grade());
            }
        }
        ExistingDatabase.requireNoDamageSeen(store);
        return ListingOutput.print(context, json, array, table, texts().get("cli.teams.none", store.location()));
    }
}
