package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds {@link PortfolioData} by hand, the way the store would return it, for pure tests: scores
 * come from the same {@link ScoreCalculator} the store's summaries use.
 */
final class PortfolioFixture {

    /** The day the tests look at the portfolio. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final List<Team> teams = new ArrayList<>();
    private final Map<UUID, List<Assessment>> assessments = new LinkedHashMap<>();
    private final Map<UUID, Rubric> rubrics = new HashMap<>();
    private final Map<UUID, ScoreSummary> scores = new HashMap<>();
    private final ScoreCalculator calculator = new ScoreCalculator();

    Team team(String name) {
        Team team = new Team(UUID.randomUUID(), name, Instant.EPOCH, Instant.EPOCH);
        teams.add(team);
        return team;
    }

    /** An assessment with the given answers; items not in the map are unanswered. */
    Assessment assessment(Team team, Rubric rubric, LocalDate date, Map<String, Answer> answers) {
        Assessment assessment = new Assessment(UUID.randomUUID(), team.id(), rubric.id(), rubric.version(), date,
                date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1), List.of("Ana"), AssessmentStatus.FINAL,
                Instant.EPOCH, Instant.EPOCH);
        assessments.computeIfAbsent(team.id(), id -> new ArrayList<>()).add(assessment);
        rubrics.put(assessment.id(), rubric);
        scores.put(assessment.id(), ScoreSummary.of(calculator.score(rubric, answers)));
        return assessment;
    }

    /** a = 0, b = 4, c = N/A on a {@link TestRubrics#weighted} rubric: debt index 100 * wa / (wa + wb). */
    Assessment weighted(Team team, double wa, double wb, LocalDate date) {
        return assessment(team, TestRubrics.weighted("weighted", wa, wb), date,
                Map.of("a", new Answer.Level(0), "b", new Answer.Level(4), "c", new Answer.NotApplicable()));
    }

    /** The store's view: each team's two newest assessments, newest first. */
    PortfolioData data() {
        Map<UUID, List<Assessment>> latestTwo = new LinkedHashMap<>();
        assessments.forEach((teamId, all) -> latestTwo.put(teamId, all.stream()
                .sorted(Comparator.comparing(Assessment::date).reversed())
                .limit(2)
                .toList()));
        return new PortfolioData(teams, latestTwo, rubrics, scores);
    }

    static Map<String, Answer> answers(Object... itemAndAnswer) {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < itemAndAnswer.length; i += 2) {
            answers.put((String) itemAndAnswer[i], (Answer) itemAndAnswer[i + 1]);
        }
        return answers;
    }
}
