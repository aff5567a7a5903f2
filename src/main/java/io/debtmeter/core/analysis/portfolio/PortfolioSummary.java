package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.core.scoring.ScoreCalculator;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The portfolio in a few numbers, for the strip above the table.
 *
 * @param teams            all teams, assessed or not
 * @param scored           teams whose latest assessment has a debt index
 * @param medianDebtIndex  median of the scored teams' shown debt indexes (for an even count, the mean
 *                         of the middle two), rounded half-up to one decimal; empty when no team is scored
 * @param stale            teams last assessed more than 120 days ago (never-assessed teams not included)
 * @param neverAssessed    teams without any assessment
 */
public record PortfolioSummary(int teams, int scored, OptionalDouble medianDebtIndex,
                               int improved, int unchanged, int regressed, int stale, int neverAssessed) {

    public static PortfolioSummary of(List<PortfolioRow> rows) {
        double[] shown = rows.stream()
                .filter(row -> row.debtIndex().isPresent())
                .mapToDouble(row -> row.debtIndex().getAsDouble())
                .sorted()
                .toArray();
        return new PortfolioSummary(
                rows.size(),
                shown.length,
                median(shown),
                count(rows, Direction.IMPROVED),
                count(rows, Direction.UNCHANGED),
                count(rows, Direction.REGRESSED),
                (int) rows.stream().filter(row -> row.freshness() == Freshness.STALE).count(),
                (int) rows.stream().filter(row -> row.freshness() == Freshness.NEVER_ASSESSED).count());
    }

    private static OptionalDouble median(double[] sorted) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return OptionalDouble.of(ScoreCalculator.roundForDisplay(median));
    }

    private static int count(List<PortfolioRow> rows, Direction direction) {
        return (int) rows.stream().filter(row -> row.change().direction() == direction).count();
    }
}
