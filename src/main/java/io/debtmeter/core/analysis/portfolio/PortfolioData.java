package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Team;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the portfolio reads from the store: four bulk reads, however many teams there are, so 500
 * teams cost the same few queries as five. Scores come as summaries (the store caches them), not as
 * answers: 1,000 short rows for 500 teams instead of 30,000 answers.
 *
 * @param latestTwo each team's two newest assessments, newest first; teams without any are absent
 * @param rubrics   the rubric snapshot of every assessment in {@code latestTwo}, by assessment id
 * @param scores    the score summary of every assessment in {@code latestTwo}, by assessment id
 */
public record PortfolioData(List<Team> teams, Map<UUID, List<Assessment>> latestTwo,
                            Map<UUID, Rubric> rubrics, Map<UUID, ScoreSummary> scores) {

    public PortfolioData {
        teams = List.copyOf(teams);
        latestTwo = Map.copyOf(latestTwo);
        rubrics = Map.copyOf(rubrics);
        scores = Map.copyOf(scores);
    }

    /** Blocks on the database: call it off the FX thread. */
    public static PortfolioData read(AssessmentStore store) {
        return read(store, "en");
    }

    /** The same, with the rubrics' texts in {@code language} where they have it (one copy per snapshot). */
    public static PortfolioData read(AssessmentStore store, String language) {
        List<Team> teams = store.teams();
        Map<UUID, List<Assessment>> latestTwo = store.latestTwoAssessments();
        List<UUID> assessmentIds = latestTwo.values().stream()
                .flatMap(List::stream)
                .map(Assessment::id)
                .toList();
        Map<Rubric, Rubric> localized = new java.util.IdentityHashMap<>();
        Map<UUID, Rubric> rubrics = new java.util.LinkedHashMap<>();
        store.rubricsOf(assessmentIds).forEach((id, rubric) ->
                rubrics.put(id, localized.computeIfAbsent(rubric, r -> r.localized(language))));
        return new PortfolioData(teams, latestTwo, rubrics, store.scoreSummaries(assessmentIds));
    }
}
