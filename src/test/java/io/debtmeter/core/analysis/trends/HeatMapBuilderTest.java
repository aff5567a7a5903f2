package io.debtmeter.core.analysis.trends;

import io.debtmeter.core.analysis.trends.HeatMapCell.State;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The heat map of {@link TeamTrendCalculatorTest#threeQuarters()}: normalised score = level / 4. */
class HeatMapBuilderTest {

    private final HeatMap map = new HeatMapBuilder(new ScoreCalculator()).build(TeamTrendCalculatorTest.threeQuarters());

    @Test
    void rowsAreGroupedInTheNewestOrderWithRetiredItemsAtTheEndOfTheirCategory() {
        assertThat(map.groups()).extracting(g -> g.category().id()).containsExactly("model", "data", "team", "ops");
        assertThat(rowIds(0)).containsExactly("model.c", "model.d", "model.old");
        assertThat(rowIds(1)).containsExactly("data.a", "data.b");
        assertThat(rowIds(2)).containsExactly("team.t");
        assertThat(rowIds(3)).containsExactly("ops.x");
        assertThat(row("model.old").retired()).isTrue();
        assertThat(row("ops.x").retired()).isTrue();
        assertThat(row("model.d").retired()).isFalse();
        assertThat(row("model.c").title()).isEqualTo("Test models");
        assertThat(map.rowCount()).isEqualTo(7);
    }

    @Test
    void columnsAreTheAssessmentsOldestFirstWithTheirRubricVersion() {
        assertThat(map.columns()).extracting(HeatMapColumn::period).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(map.columns()).extracting(HeatMapColumn::rubricVersion).containsExactly("1", "1", "2");
        assertThat(map.groups()).allSatisfy(g -> assertThat(g.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(3)));
        // The legend explains the newest version's scale: 0 Absent ... 4 Optimised
        assertThat(map.newestScale().orElseThrow().levels()).extracting(l -> l.label())
                .containsExactly("Absent", "Ad hoc", "Defined", "Managed", "Optimised");
    }

    @Test
    void scoredCellsCarryTheLevelItsScoreAndLabel() {
        assertScored(cell("model.c", 0), 1, 0.25, "Ad hoc");     // 1/4
        assertScored(cell("model.c", 1), 2, 0.5, "Defined");     // 2/4
        assertScored(cell("model.c", 2), 3, 0.75, "Managed");    // 3/4
        assertScored(cell("data.b", 0), 2, 0.5, "Defined");
        assertScored(cell("model.old", 1), 0, 0.0, "Absent");
        // A litmus answer shows its option's score on the scale: "Partly" = 2 -> 2/4
        assertScored(cell("ops.x", 0), 2, 0.5, "Partly");
    }

    @Test
    void notApplicableUnansweredAndMissingItemsAreDistinctAndKeepTheirNotes() {
        assertThat(cell("model.old", 0).state()).isEqualTo(State.NOT_APPLICABLE);
        assertThat(cell("model.old", 0).note()).isEqualTo("No second model yet");
        assertThat(cell("model.old", 0).level()).isEmpty();
        assertThat(cell("data.b", 1).state()).isEqualTo(State.UNANSWERED);
        assertThat(cell("data.b", 1).note()).isEqualTo("Not discussed");
        assertThat(cell("ops.x", 1).state()).isEqualTo(State.NOT_APPLICABLE);
        assertThat(cell("model.old", 2).state()).isEqualTo(State.NOT_IN_RUBRIC);   // dropped in version 2
        assertThat(cell("ops.x", 2).state()).isEqualTo(State.NOT_IN_RUBRIC);
        assertThat(cell("model.d", 0).state()).isEqualTo(State.NOT_IN_RUBRIC);     // added in version 2
        assertThat(cell("model.d", 1).state()).isEqualTo(State.NOT_IN_RUBRIC);
        assertThat(cell("team.t", 0).state()).isEqualTo(State.NOT_IN_RUBRIC);
        assertScored(cell("model.d", 2), 1, 0.25, "Ad hoc");
        assertScored(cell("team.t", 2), 0, 0.0, "Absent");
    }

    @Test
    void anItemNeverTouchedIsUnansweredWithoutANote() {
        HeatMap oneEmpty = new HeatMapBuilder(new ScoreCalculator()).build(List.of(
                TrendSnapshots.snapshot(TestRubrics.trendVersion2(), java.time.LocalDate.of(2026, 1, 1), "2026-Q1")));

        assertThat(oneEmpty.groups()).allSatisfy(g -> assertThat(g.rows()).allSatisfy(r -> {
            assertThat(r.cells().get(0).state()).isEqualTo(State.UNANSWERED);
            assertThat(r.cells().get(0).note()).isEmpty();
            assertThat(r.retired()).isFalse();
        }));
    }

    private static void assertScored(HeatMapCell cell, double level, double score, String label) {
        assertThat(cell.state()).isEqualTo(State.SCORED);
        assertThat(cell.level().getAsDouble()).isEqualTo(level);
        assertThat(cell.score().getAsDouble()).isCloseTo(score, within(1e-12));
        assertThat(cell.answerLabel()).isEqualTo(label);
    }

    private List<String> rowIds(int group) {
        return map.groups().get(group).rows().stream().map(HeatMapRow::itemId).toList();
    }

    private HeatMapRow row(String itemId) {
        return map.groups().stream().flatMap(g -> g.rows().stream()).filter(r -> r.itemId().equals(itemId))
                .findFirst().orElseThrow();
    }

    private HeatMapCell cell(String itemId, int column) {
        return row(itemId).cells().get(column);
    }
}
