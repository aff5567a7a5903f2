package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.debtmeter.core.analysis.portfolio.PortfolioFixture.TODAY;
import static io.debtmeter.core.analysis.portfolio.PortfolioFixture.answers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Portfolio rows computed by hand. Unless a test says otherwise, answers are a = 0, b = 4, c = N/A on
 * {@link TestRubrics#weighted}(wa, wb), so debt index = 100 * wa / (wa + wb); today is 2026-11-30.
 */
class PortfolioCalculatorTest {

    private final PortfolioFixture fixture = new PortfolioFixture();
    private final PortfolioCalculator calculator = new PortfolioCalculator();

    private Portfolio portfolio() {
        return calculator.portfolio(fixture.data(), TODAY);
    }

    private PortfolioRow rowOf(Team team) {
        return portfolio().rows().stream().filter(r -> r.teamId().equals(team.id())).findFirst().orElseThrow();
    }

    @Test
    void latestAgainstPreviousGivesIndexGradeDeltaAndDirection() {
        Team team = fixture.team("Ranking");
        fixture.weighted(team, 60, 40, LocalDate.of(2026, 7, 1));          // 100 * 60 / 100 = 60.0 -> D
        Assessment q4 = fixture.weighted(team, 35, 65, LocalDate.of(2026, 10, 1)); // 100 * 35 / 100 = 35.0 -> B

        PortfolioRow row = rowOf(team);

        assertThat(row.latest()).contains(q4);
        assertThat(row.debtIndex()).hasValue(35.0);
        assertThat(row.grade().map(GradeBand::label)).contains("B");
        assertThat(row.grade().map(GradeBand::meaning)).contains("low");
        assertThat(row.gradeStep()).hasValue(1);
        assertThat(row.previousDebtIndex()).hasValue(60.0);
        // 35.0 - 60.0 = -25.0: less debt
        assertThat(row.change()).isEqualTo(DebtChange.between(60.0, 35.0));
        assertThat(row.change().delta()).hasValue(-25.0);
        assertThat(row.change().direction()).isEqualTo(Direction.IMPROVED);
        // 2026-10-01 -> 2026-11-01: 31 days, -> 2026-11-30: 29 more = 60 days
        assertThat(row.daysSinceLast()).hasValue(60);
        assertThat(row.freshness()).isEqualTo(Freshness.CURRENT);
        assertThat(row.isPartial()).isFalse();
        assertThat(row.coverage()).contains(new Coverage(2, 1, 0));
    }

    @Test
    void moreDebtIsRegressed() {
        Team team = fixture.team("Ads");
        fixture.weighted(team, 20, 80, LocalDate.of(2026, 7, 1));   // 20.0 -> B
        fixture.weighted(team, 25, 75, LocalDate.of(2026, 10, 1));  // 25.0 -> B

        PortfolioRow row = rowOf(team);

        // 25.0 - 20.0 = +5.0
        assertThat(row.change().direction()).isEqualTo(Direction.REGRESSED);
        assertThat(row.change().delta()).hasValue(5.0);
    }

    @Test
    void rawMovesHiddenByRoundingAreUnchangedAndTinyMovesAcrossABoundaryCount() {
        Team steady = fixture.team("Steady");
        fixture.weighted(steady, 1001, 1499, LocalDate.of(2026, 7, 1)); // 100 * 1001 / 2500 = 40.04 -> 40.0
        fixture.weighted(steady, 999, 1501, LocalDate.of(2026, 10, 1)); // 100 * 999 / 2500 = 39.96 -> 40.0
        Team edge = fixture.team("Edge");
        fixture.weighted(edge, 801, 1199, LocalDate.of(2026, 7, 1));   // 100 * 801 / 2000 = 40.05 -> 40.1 (half-up)
        fixture.weighted(edge, 1001, 1499, LocalDate.of(2026, 10, 1)); // 40.04 -> 40.0

        PortfolioRow steadyRow = rowOf(steady);
        PortfolioRow edgeRow = rowOf(edge);

        // 40.0 - 40.0 = 0.0, both grade C (40.0 is in [40, 60)), though 39.96 alone would be a B
        assertThat(steadyRow.debtIndex()).hasValue(40.0);
        assertThat(steadyRow.previousDebtIndex()).hasValue(40.0);
        assertThat(steadyRow.grade().map(GradeBand::label)).contains("C");
        assertThat(steadyRow.change().direction()).isEqualTo(Direction.UNCHANGED);
        assertThat(steadyRow.change().delta()).hasValue(0.0);
        // 40.0 - 40.1 = -0.1
        assertThat(edgeRow.previousDebtIndex()).hasValue(40.1);
        assertThat(edgeRow.change().direction()).isEqualTo(Direction.IMPROVED);
        assertThat(edgeRow.change().delta()).hasValue(-0.1);
    }

    @Test
    void exactly120DaysIsCurrentAnd121IsStale() {
        Team onTime = fixture.team("On time");
        // 2026-08-02 -> 09-01 = 30, -> 10-01 = 30, -> 11-01 = 31, -> 11-30 = 29: 120 days
        fixture.weighted(onTime, 50, 50, LocalDate.of(2026, 8, 2));
        Team late = fixture.team("Late");
        // one day earlier: 121 days
        fixture.weighted(late, 50, 50, LocalDate.of(2026, 8, 1));

        assertThat(rowOf(onTime).daysSinceLast()).hasValue(120);
        assertThat(rowOf(onTime).freshness()).isEqualTo(Freshness.CURRENT);
        assertThat(rowOf(onTime).needsAssessment()).isFalse();
        assertThat(rowOf(late).daysSinceLast()).hasValue(121);
        assertThat(rowOf(late).freshness()).isEqualTo(Freshness.STALE);
        assertThat(rowOf(late).needsAssessment()).isTrue();
    }

    @Test
    void aTeamNeverAssessedIsFlaggedAndListedLast() {
        Team none = fixture.team("Aardvark"); // first by name, but never assessed
        Team low = fixture.team("Low");
        fixture.weighted(low, 10, 90, LocalDate.of(2026, 10, 1)); // 10.0

        Portfolio portfolio = portfolio();
        PortfolioRow last = portfolio.rows().get(portfolio.rows().size() - 1);

        assertThat(last.teamId()).isEqualTo(none.id());
        assertThat(last.freshness()).isEqualTo(Freshness.NEVER_ASSESSED);
        assertThat(last.needsAssessment()).isTrue();
        assertThat(last.latest()).isEmpty();
        assertThat(last.debtIndex()).isEmpty();
        assertThat(last.grade()).isEmpty();
        assertThat(last.daysSinceLast()).isEmpty();
        assertThat(last.change().direction()).isEqualTo(Direction.FIRST);
    }

    @Test
    void aPartialAssessmentIsScoredOnWhatWasAnsweredAndSaysSo() {
        Team team = fixture.team("Partial");
        // a = 0 (weight 30), b = 4 (weight 70), c unanswered: 100 * 30 / 100 = 30.0 -> B
        fixture.assessment(team, TestRubrics.weighted("weighted", 30, 70), LocalDate.of(2026, 10, 1),
                answers("a", new Answer.Level(0), "b", new Answer.Level(4)));

        PortfolioRow row = rowOf(team);

        assertThat(row.debtIndex()).hasValue(30.0);
        assertThat(row.isPartial()).isTrue();
        assertThat(row.coverage()).contains(new Coverage(2, 0, 1));
        assertThat(row.change().direction()).isEqualTo(Direction.FIRST);
    }

    @Test
    void eachTeamIsGradedByItsOwnRubric() {
        Team vision = fixture.team("Vision");
        // x = 1 -> 25, y = 3 -> 75; weakest category: 25; debt 100 - 25 = 75.0 -> "First pass" [71.4, 85.7)
        fixture.assessment(vision, TestRubrics.sixBands(), LocalDate.of(2026, 10, 1),
                answers("x1", new Answer.Level(1), "y1", new Answer.Level(3)));
        Team search = fixture.team("Search");
        fixture.weighted(search, 75, 25, LocalDate.of(2026, 10, 1)); // 75.0 -> D [60, 80)

        assertThat(rowOf(vision).debtIndex()).hasValue(75.0);
        assertThat(rowOf(vision).grade().map(GradeBand::label)).contains("First pass");
        // "First pass" is band 3 of 6: round(3 * 4 / 5) = round(2.4) = 2
        assertThat(rowOf(vision).gradeStep()).hasValue(2);
        assertThat(rowOf(search).debtIndex()).hasValue(75.0);
        assertThat(rowOf(search).grade().map(GradeBand::label)).contains("D");
        assertThat(rowOf(search).gradeStep()).hasValue(3);
    }

    @Test
    void aPreviousAssessmentOnAnotherRubricGetsNoArrow() {
        Team team = fixture.team("Switcher");
        fixture.assessment(team, TestRubrics.sixBands(), LocalDate.of(2026, 7, 1),
                answers("x1", new Answer.Level(1), "y1", new Answer.Level(3))); // 75.0 on "six-bands"
        fixture.weighted(team, 50, 50, LocalDate.of(2026, 10, 1));          // 50.0 on "weighted"

        PortfolioRow row = rowOf(team);

        assertThat(row.previousDebtIndex()).hasValue(75.0);
        assertThat(row.change().direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(row.change().delta()).isEmpty();
    }

    @Test
    void anotherVersionOfTheSameRubricIsCompared() {
        Team team = fixture.team("Upgrader");
        fixture.weighted(team, 50, 50, LocalDate.of(2026, 7, 1));  // version "w50-50": 50.0
        fixture.weighted(team, 45, 55, LocalDate.of(2026, 10, 1)); // version "w45-55": 45.0

        // 45.0 - 50.0 = -5.0
        assertThat(rowOf(team).change().delta()).hasValue(-5.0);
    }

    @Test
    void anUnscoredAssessmentHasNoIndexNoGradeAndNoArrow() {
        Team team = fixture.team("Started");
        fixture.weighted(team, 50, 50, LocalDate.of(2026, 7, 1));  // 50.0
        fixture.assessment(team, TestRubrics.weighted("weighted", 1, 1), LocalDate.of(2026, 10, 1), Map.of()); // nothing answered

        PortfolioRow row = rowOf(team);

        assertThat(row.debtIndex()).isEmpty();
        assertThat(row.grade()).isEmpty();
        assertThat(row.gradeStep()).isEmpty();
        assertThat(row.coverage()).contains(new Coverage(0, 0, 3));
        assertThat(row.change().direction()).isEqualTo(Direction.NOT_COMPARABLE);
    }

    @Test
    void onlyTheTwoNewestAssessmentsCount() {
        Team team = fixture.team("Long history");
        fixture.weighted(team, 90, 10, LocalDate.of(2026, 1, 1));  // 90.0, third newest: ignored
        fixture.weighted(team, 50, 50, LocalDate.of(2026, 4, 1));  // 50.0
        fixture.weighted(team, 40, 60, LocalDate.of(2026, 10, 1)); // 40.0

        // 40.0 - 50.0 = -10.0, not 40.0 - 90.0
        assertThat(rowOf(team).change().delta()).hasValue(-10.0);
    }

    @Test
    void rowsGoMostDebtFirstThenUnscoredThenNeverAssessedWithNamesBreakingTies() {
        Team never = fixture.team("Never");
        Team unscored = fixture.team("Unscored");
        fixture.assessment(unscored, TestRubrics.weighted("weighted", 1, 1), LocalDate.of(2026, 10, 1), Map.of());
        Team low = fixture.team("low");
        fixture.weighted(low, 10, 90, LocalDate.of(2026, 10, 1));   // 10.0
        Team high = fixture.team("High");
        fixture.weighted(high, 80, 20, LocalDate.of(2026, 10, 1));  // 80.0
        Team alsoLow = fixture.team("Also low");
        fixture.weighted(alsoLow, 10, 90, LocalDate.of(2026, 10, 1)); // 10.0, before "low" by name

        assertThat(portfolio().rows()).extracting(PortfolioRow::teamName)
                .containsExactly("High", "Also low", "low", "Unscored", "Never");
        assertThat(never.name()).isEqualTo("Never");
    }

    @Test
    void theSummaryCountsMovesStaleTeamsAndTakesTheMedian() {
        Team a = fixture.team("A");
        fixture.weighted(a, 60, 40, LocalDate.of(2026, 7, 1));
        fixture.weighted(a, 35, 65, LocalDate.of(2026, 10, 1));  // 35.0, improved
        Team b = fixture.team("B");
        fixture.weighted(b, 20, 80, LocalDate.of(2026, 4, 1));
        fixture.weighted(b, 45.5, 54.5, LocalDate.of(2026, 7, 1)); // 45.5, regressed, 152 days: stale
        Team c = fixture.team("C");
        fixture.weighted(c, 70, 30, LocalDate.of(2026, 11, 1));  // 70.0, first
        Team d = fixture.team("D");
        fixture.weighted(d, 10, 90, LocalDate.of(2026, 6, 1));
        fixture.weighted(d, 10, 90, LocalDate.of(2026, 9, 1));   // 10.0, unchanged
        fixture.team("E");                                       // never assessed

        PortfolioSummary summary = portfolio().summary();

        // scored: 10.0, 35.0, 45.5, 70.0 -> median (35.0 + 45.5) / 2 = 40.25 -> shown 40.3 (half-up)
        assertThat(summary.medianDebtIndex()).hasValue(40.3);
        assertThat(summary.teams()).isEqualTo(5);
        assertThat(summary.scored()).isEqualTo(4);
        assertThat(summary.improved()).isEqualTo(1);
        assertThat(summary.regressed()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(1);
        // B: 2026-07-01 -> 11-01 = 31 + 31 + 30 + 31 = 123, -> 11-30: 29 more = 152 days > 120
        assertThat(summary.stale()).isEqualTo(1);
        assertThat(summary.neverAssessed()).isEqualTo(1);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValueAndOfNoneIsEmpty() {
        assertThat(portfolio().summary().medianDebtIndex()).isEmpty();
        Team a = fixture.team("A");
        fixture.weighted(a, 10, 90, LocalDate.of(2026, 10, 1)); // 10.0
        Team b = fixture.team("B");
        fixture.weighted(b, 80, 20, LocalDate.of(2026, 10, 1)); // 80.0
        Team c = fixture.team("C");
        fixture.weighted(c, 25, 75, LocalDate.of(2026, 10, 1)); // 25.0

        // 10.0, 25.0, 80.0 -> 25.0
        assertThat(portfolio().summary().medianDebtIndex()).hasValue(25.0);
    }

    @Test
    void daysAreCountedToTheGivenDay() {
        Team team = fixture.team("Ranking");
        fixture.weighted(team, 50, 50, LocalDate.of(2026, 10, 1));

        Portfolio later = calculator.portfolio(fixture.data(), LocalDate.of(2027, 2, 1));

        // 2026-10-01 -> 2027-02-01: 31 (Oct) + 30 (Nov) + 31 (Dec) + 31 (Jan) = 123 days
        assertThat(later.asOf()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(later.rows().get(0).daysSinceLast()).hasValue(123);
        assertThat(later.rows().get(0).freshness()).isEqualTo(Freshness.STALE);
    }
}
