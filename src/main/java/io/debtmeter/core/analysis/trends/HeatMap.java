package io.debtmeter.core.analysis.trends;

import io.debtmeter.model.Scale;

import java.util.List;
import java.util.Optional;

/**
 * Items × assessments: every row has one cell per column, in column order.
 *
 * @param columns the assessments, oldest first
 * @param groups      rows grouped by category, in the order of {@link TeamTrend#categories()}
 * @param newestScale the scale of the newest assessment's rubric, for the legend; empty without assessments
 */
public record HeatMap(List<HeatMapColumn> columns, List<HeatMapGroup> groups, Optional<Scale> newestScale) {

    public HeatMap {
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
    }

    public int rowCount() {
        return groups.stream().mapToInt(g -> g.rows().size()).sum();
    }
}
