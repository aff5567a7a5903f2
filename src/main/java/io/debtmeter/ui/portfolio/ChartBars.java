package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.PortfolioRow;

import java.util.List;

/**
 * What the chart draws, set as one value so the bars and the note saying how many were left out
 * never disagree.
 *
 * @param bars       the teams with a bar, most debt first, at most {@link PortfolioViewModel#CHART_LIMIT}
 * @param candidates how many filtered teams have a score and could have had a bar
 */
public record ChartBars(List<PortfolioRow> bars, int candidates) {

    public ChartBars {
        bars = List.copyOf(bars);
    }

    public static ChartBars none() {
        return new ChartBars(List.of(), 0);
    }

    /** True when some teams with a score have no bar. */
    public boolean isCut() {
        return bars.size() < candidates;
    }
}
