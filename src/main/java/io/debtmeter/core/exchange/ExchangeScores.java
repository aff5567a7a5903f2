package io.debtmeter.core.exchange;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.model.Team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores every assessment of an exchange file with its own rubric snapshot, without any database. */
public final class ExchangeScores {

    /** One assessment of the file and its score. */
    public record Scored(Team team, Assessment assessment, ScoreResult score) {
    }

    private final ScoreCalculator calculator = new ScoreCalculator();

    /** Teams in file order, each team's assessments oldest first, as the file lists them. */
    public List<Scored> of(ExchangeDocument document) {
        List<Scored> scored = new ArrayList<>();
        for (ExchangeTeam team : document.teams()) {
            for (ExchangeAssessment entry : team.assessments()) {
                Map<String, Answer> answers = new HashMap<>();
                for (ItemResponse response : entry.responses()) {
                    response.answer().ifPresent(answer -> answers.put(response.itemId(), answer));
                }
                scored.add(new Scored(team.team(), entry.assessment(), calculator.score(entry.rubric().rubric(), answers)));
            }
        }
        return scored;
    }
}
