package io.debtmeter.core.analysis.trends;

import java.util.List;

/** The rows of one category: the newest rubric's items in its order, then items only older versions have. */
public record HeatMapGroup(TrendCategory category, List<HeatMapRow> rows) {

    public HeatMapGroup {
        rows = List.copyOf(rows);
    }
}
