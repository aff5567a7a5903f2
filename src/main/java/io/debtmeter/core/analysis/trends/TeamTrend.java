package io.debtmeter.core.analysis.trends;

import java.util.List;
import java.util.Optional;

/**
 * A team's debt over time: the lines of the trend chart and the item heat map.
 *
 * @param categories every category of any of the team's rubric versions: the newest version's in its
 *                   order, then those only older versions have
 * @param points     one per assessment, oldest first
 */
public record TeamTrend(List<TrendCategory> categories, List<TrendPoint> points, HeatMap heatMap) {

    public TeamTrend {
        categories = List.copyOf(categories);
        points = List.copyOf(points);
    }

    public static TeamTrend empty() {
        return new TeamTrend(List.of(), List.of(), new HeatMap(List.of(), List.of(), Optional.empty()));
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
