package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.trends.HeatMap;
import io.debtmeter.core.analysis.trends.HeatMapBuilder;
import io.debtmeter.core.analysis.trends.AssessmentSnapshot;
import io.debtmeter.core.analysis.trends.TeamHistory;
import io.debtmeter.core.analysis.trends.TeamTrend;
import io.debtmeter.core.analysis.trends.TeamTrendCalculator;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Team;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a team trend report shows, computed as the trends screen computes it.
 *
 * @param gradeBands the newest assessment's rubric's bands, drawn behind the debt-index line
 * @param heatMap    items × assessments, as the trends screen's heat map
 */
public record TrendReportData(String teamName, TeamTrend trend, List<GradeBand> gradeBands, HeatMap heatMap) {

    public TrendReportData {
        gradeBands = List.copyOf(gradeBands);
    }

    /** Blocks: reads the store. The rubrics' own texts (English). */
    public static TrendReportData load(AssessmentStore store, TeamTrendCalculator calculator, HeatMapBuilder heatMaps,
                                       UUID teamId) {
        return load(store, calculator, heatMaps, teamId, Locale.ENGLISH);
    }

    /** Blocks: reads the store. Each rubric with its texts in {@code language} where it has them. */
    public static TrendReportData load(AssessmentStore store, TeamTrendCalculator calculator, HeatMapBuilder heatMaps,
                                       UUID teamId, Locale language) {
        Team team = store.team(teamId)
                .orElseThrow(() -> new StoreException("No team with id " + teamId + " in " + store.location()));
        List<AssessmentSnapshot> history = TeamHistory.read(store, teamId, language.getLanguage());
        List<GradeBand> bands = history.isEmpty() ? List.of() : history.get(history.size() - 1).rubric().gradeBands();
        return new TrendReportData(team.name(), calculator.calculate(history), bands, heatMaps.build(history));
    }
}
