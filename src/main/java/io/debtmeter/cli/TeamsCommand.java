package io.debtmeter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;

/** Lists the teams with their latest result: what to type next into {@code assessments --team}. */
@Command(name = "teams", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE,
        description = {"List the teams: name, id, number of assessments, latest period, debt index and grade.",
            "The debt index is the latest assessment's, rounded as the scorecard shows it."},
        footer = {"", "Exit codes: 0 ok, 1 usage error, 3 the database could not be read or is damaged,"
                + " 6 busy (another program held its lock too long).",
            "", "Examples:",
            "  debtmeter teams --db team.db",
            "  debtmeter teams --json | jq -r '.[].name'"})
final class TeamsCommand extends ReadingCommand {

    @Option(names = "--json", description = "Print JSON (ids in full) for scripts.")
    boolean json;

    TeamsCommand(CliContext context) {
        super(context);
    }

    @Override
    int read(AssessmentStore store) {
        ScoredAssessments scoring = new ScoredAssessments();
        TextTable table = new TextTable("NAME", "ID", "ASSESSMENTS", "LATEST", "DEBT", "GRADE");
        ArrayNode array = JsonOutput.MAPPER.createArrayNode();
        for (Team team : store.teams()) {
            List<ScoredAssessments.Scored> scored = scoring.of(store, team);
            Optional<ScoredAssessments.Scored> latest = scored.stream().findFirst();
            table.row(team.name(), IdResolver.shortId(team.id()), String.valueOf(scored.size()),
                    latest.map(s -> s.assessment().period()).orElse(DisplayNumbers.NONE),
                    latest.map(s -> DisplayNumbers.shown(s.shownDebtIndex())).orElse(DisplayNumbers.NONE),
                    latest.flatMap(ScoredAssessments.Scored::grade).orElse(DisplayNumbers.NONE));
            ObjectNode node = array.addObject();
            node.put("id", team.id().toString());
            node.put("name", team.name());
            node.put("assessments", scored.size());
            if (latest.isEmpty()) {
                node.putNull("latest");
            } else {
                ObjectNode last = node.putObject("latest");
                last.put("id", latest.get().assessment().id().toString());
                last.put("period", latest.get().assessment().period());
                last.put("date", latest.get().assessment().date().toString());
                JsonOutput.put(last, "debtIndex", latest.get().shownDebtIndex());
                JsonOutput.put(last, "grade", latest.get().grade());
            }
        }
        ExistingDatabase.requireIntact(store);
        return ListingOutput.print(context, json, array, table, "No teams in " + store.location() + ".");
    }
}
