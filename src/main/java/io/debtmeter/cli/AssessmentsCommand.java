package io.debtmeter.cli;

import io.debtmeter.core.scoring.DisplayDates;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Lists assessments with their results; the short ids it prints are what the other commands take. */
@Command(name = "assessments", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class AssessmentsCommand extends ReadingCommand {

    @Option(names = "--team", paramLabel = "TEAM")
    String team;

    @Option(names = "--json")
    boolean json;

    AssessmentsCommand(CliContext context) {
        super(context);
    }

    @Override
    int read(AssessmentStore store) {
        ExistingDatabase.requireNoDamageSeen(store);
        List<Team> teams = team == null ? store.teams() : List.of(new IdResolver(store, texts()).team(team));
        Map<Team, List<Assessment>> listed = new LinkedHashMap<>();
        teams.forEach(each -> listed.put(each, store.assessments(each.id())));
        Map<UUID, ScoreSummary> summaries = store.scoreSummaries(
                listed.values().stream().flatMap(List::stream).map(Assessment::id).toList());
        TextTable table = TextTable.headed(texts().get("cli.assessments.headings"));
        ArrayNode array = JsonOutput.NODES.arrayNode();
        Locale language = language();
        listed.forEach((each, assessments) -> {
            for (Assessment a : assessments) {
                ListedScore score = new ListedScore(summaries.get(a.id()));
                String status = texts().get("cli.status." + a.status().name()) + (score.partial() ? texts().get("cli.status.partial") : "");
                table.row(IdResolver.shortId(a.id()), each.name(), DisplayDates.shown(a.date(), language), a.period(),
                        a.rubricId() + " " + a.rubricVersion(), status, DisplayNumbers.shown(score.shownDebtIndex()),
                        score.grade().orElse(DisplayNumbers.NONE));
                ObjectNode node = array.addObject();
                node.put("id", a.id().toString());
                node.put("shortId", IdResolver.shortId(a.id()));
                node.put("teamId", each.id().toString());
                node.put("team", each.name());
                node.put("date", a.date().toString());
                node.put("period", a.period());
                node.put("rubricId", a.rubricId());
                node.put("rubricVersion", a.rubricVersion());
                node.put("status", a.status().name().toLowerCase());
                node.put("partial", score.partial());
                JsonOutput.put(node, "debtIndex", score.shownDebtIndex());
                JsonOutput.put(node, "grade", score.grade());
            }
        });
        String none = team == null ? texts().get("cli.assessments.none")
                : texts().get("cli.assessments.noneForTeam", TerminalText.inline(teams.get(0).name()));
        return ListingOutput.print(context, json, array, table, none);
    }
}
