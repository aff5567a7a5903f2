package io.debtmeter.core.analysis.trends;

import java.util.List;

/**
 * One item across the team's assessments.
 *
 * @param title         from the newest rubric version that has the item
 * @param retired       true when the newest assessment's rubric no longer has the item
 * @param cells         one per heat-map column, in column order
 * @param meaningChange where a later column's rubric version changed the item's meaning: "2.0.0: what changed";
 *                      empty when its meaning held across the columns
 */
public record HeatMapRow(String itemId, String title, boolean retired, List<HeatMapCell> cells, String meaningChange) {

    public HeatMapRow {
        cells = List.copyOf(cells);
        meaningChange = meaningChange == null ? "" : meaningChange;
    }

    public HeatMapRow(String itemId, String title, boolean retired, List<HeatMapCell> cells) {
        this(itemId, title, retired, cells, "");
    }

    /** Whether the item means something else in a later column's rubric version than in the one before. */
    public boolean meaningChanged() {
        return !meaningChange.isEmpty();
    }
}
