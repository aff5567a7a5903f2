package io.debtmeter.core.analysis.trends;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.debtmeter.core.analysis.trends.TrendSnapshots.snapshot;
import static io.debtmeter.testsupport.TestRubrics.choice;
import static io.debtmeter.testsupport.TestRubrics.level;
import static io.debtmeter.testsupport.TestRubrics.notApplicable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Trend lines over two rubric versions. Item score s = level / 4; category maturity M = 100 * mean(s)
 * (item weights 1); overall = weighted mean of scored categories (data 2, the others 1); debt = 100 - M.
 */
class TeamTrendCalculatorTest {

    private static final Rubric V1 = TestRubrics.trendVersion1();
    private static final Rubric V2 = TestRubrics.trendVersion2();

    private final TeamTrendCalculator calculator = new TeamTrendCalculator(new ScoreCalculator());

    /** Three quarters: two of version 1, then one of version 2. */
    static List<AssessmentSnapshot> threeQuarters() {
        return List.of(
                snapshot(V1, LocalDate.of(2026, 1, 15), "2026-Q1",
                        level("data.a", 4), level("data.b", 2), level("model.c", 1),
                        notApplicable("model.old", "No second model yet"), choice("ops.x", "partly")),
                snapshot(V1, LocalDate.of(2026, 4, 15), "2026-Q2",
                        level("data.a", 4), io.debtmeter.model.ItemResponse.open("data.b").withNote("Not discussed"),
                        level("model.c", 2), level("model.old", 0), notApplicable("ops.x", "No deployments this quarter")),
                snapshot(V2, LocalDate.of(2026, 7, 15), "2026-Q3",
                        level("model.c", 3), level("model.d", 1), level("data.a", 4), level("data.b", 4), level("team.t", 0)));
    }

    @Test
    void overallDebtIndexAndGradeOfEachAssessmentOldestFirst() {
        TeamTrend trend = calculator.calculate(threeQuarters());

        assertThat(trend.points()).extracting(TrendPoint::period).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(trend.points()).extracting(TrendPoint::date)
                .containsExactly(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 15));
        // Q1: data (1 + 0.5)/2 = 75, model 0.25 -> 25 (model.old N/A), ops 2/4 -> 50;
        //     overall (2*75 + 25 + 50) / 4 = 56.25 -> debt 43.75, shown 43.8 -> C
        assertThat(trend.points().get(0).debtIndex().getAsDouble()).isCloseTo(43.75, within(1e-9));
        assertThat(trend.points().get(0).grade()).contains("C");
        // Q2: data 4/4 -> 100 (data.b unanswered), model (0.5 + 0)/2 -> 25, ops N/A -> unscored;
        //     overall (2*100 + 25) / 3 = 75 -> debt 25 -> B
        assertThat(trend.points().get(1).debtIndex().getAsDouble()).isCloseTo(25.0, within(1e-9));
        assertThat(trend.points().get(1).grade()).contains("B");
        // Q3 (version 2): model (0.75 + 0.25)/2 -> 50, data 100, team 0;
        //     overall (50 + 2*100 + 0) / 4 = 62.5 -> debt 37.5 -> B
        assertThat(trend.points().get(2).debtIndex().getAsDouble()).isCloseTo(37.5, within(1e-9));
        assertThat(trend.points().get(2).grade()).contains("B");
    }

    @Test
    void categoryDebtsMatchedByIdWithGapsWhereACategoryIsUnscoredOrMissing() {
        List<TrendPoint> points = calculator.calculate(threeQuarters()).points();

        // debt = 100 - maturity
        assertThat(points.get(0).categoryDebt("data").getAsDouble()).isCloseTo(25.0, within(1e-9));
        assertThat(points.get(0).categoryDebt("model").getAsDouble()).isCloseTo(75.0, within(1e-9));
        assertThat(points.get(0).categoryDebt("ops").getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(points.get(0).categoryDebt("team")).isEmpty();          // not in version 1: a gap, not zero

        assertThat(points.get(1).categoryDebt("data").getAsDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(points.get(1).categoryDebt("model").getAsDouble()).isCloseTo(75.0, within(1e-9));
        assertThat(points.get(1).categoryDebt("ops")).isEmpty();           // only item N/A: unscored
        assertThat(points.get(1).categoryDebt("team")).isEmpty();

        assertThat(points.get(2).categoryDebt("model").getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(points.get(2).categoryDebt("data").getAsDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(points.get(2).categoryDebt("team").getAsDouble()).isCloseTo(100.0, within(1e-9));
        assertThat(points.get(2).categoryDebt("ops")).isEmpty();           // retired in version 2
    }

    @Test
    void categoriesFollowTheNewestVersionThenRetiredOnes() {
        List<TrendCategory> categories = calculator.calculate(threeQuarters()).categories();

        assertThat(categories).containsExactly(
                new TrendCategory("model", "Model", false),
                new TrendCategory("data", "Data", false),
                new TrendCategory("team", "Team", false),
                new TrendCategory("ops", "Operations", true));
    }

    @Test
    void anAssessmentWithNothingAnsweredHasNoIndexRatherThanZero() {
        TeamTrend trend = calculator.calculate(List.of(snapshot(V1, LocalDate.of(2026, 1, 15), "2026-Q1"),
                snapshot(V1, LocalDate.of(2026, 4, 15), "2026-Q2", level("model.c", 2))));

        assertThat(trend.points().get(0).debtIndex()).isEmpty();
        assertThat(trend.points().get(0).grade()).isEmpty();
        assertThat(trend.points().get(0).categoryDebts()).isEmpty();
        // model: 2/4 -> 50 -> debt 50; it is the only scored category, so the index is 50 as well
        assertThat(trend.points().get(1).debtIndex().getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(trend.points().get(1).categoryDebts()).containsOnlyKeys("model");
    }

    @Test
    void anEmptyTeamHasNoPointsNoCategoriesAndAnEmptyHeatMap() {
        TeamTrend trend = calculator.calculate(List.of());

        assertThat(trend.isEmpty()).isTrue();
        assertThat(trend.categories()).isEmpty();
        assertThat(trend.heatMap().columns()).isEmpty();
        assertThat(trend.heatMap().groups()).isEmpty();
        assertThat(trend.heatMap().rowCount()).isZero();
        assertThat(trend.heatMap().newestScale()).isEmpty();
    }
}
