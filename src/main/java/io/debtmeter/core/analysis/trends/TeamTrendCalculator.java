package io.debtmeter.core.analysis.trends;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.ScoreResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's trend: each assessment scored with the rubric version it was taken with (exactly as its
 * scorecard scores it), categories matched across versions by id.
 */
public final class TeamTrendCalculator {

    private final ScoreCalculator calculator;

    public TeamTrendCalculator(ScoreCalculator calculator) {
        this.calculator = calculator;
    }

    /** @param snapshots oldest first, as the time axis runs */
    public TeamTrend calculate(List<AssessmentSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return TeamTrend.empty();
        }
        List<TrendPoint> points = snapshots.stream().map(this::point).toList();
        return new TeamTrend(VersionOrder.of(snapshots).categories(), points,
                new HeatMapBuilder(calculator).build(snapshots));
    }

    private TrendPoint point(AssessmentSnapshot snapshot) {
        ScoreResult result = calculator.score(snapshot.rubric(), snapshot.answers());
        Map<String, Double> categoryDebts = new HashMap<>();
        for (CategoryScore category : result.categories()) {
            // Debt mirrors maturity as the debt index mirrors the overall maturity: 0 = no debt.
            category.maturity().ifPresent(m -> categoryDebts.put(category.categoryId(), 100.0 - m));
        }
        return new TrendPoint(snapshot.assessment().id(), snapshot.assessment().date(), snapshot.assessment().period(),
                result.debtIndex(), result.grade().map(GradeBand::label), categoryDebts);
    }
}
