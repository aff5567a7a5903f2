package io.debtmeter.core.analysis.trends;

import java.util.List;

/**
 * One item across the team's assessments.
 *
 * @param title   from the newest rubric version that has the item
 * @param retired true when the newest assessment's rubric no longer has the item
 * @param cells   one per heat-map column, in column order
 */
public record HeatMapRow(String itemId, String title, boolean retired, List<HeatMapCell> cells) {

    public HeatMapRow {
        cells = List.copyOf(cells);
    }
}
