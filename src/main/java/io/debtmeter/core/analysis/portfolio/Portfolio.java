package io.debtmeter.core.analysis.portfolio;

import java.time.LocalDate;
import java.util.List;

/**
 * Every team's latest assessment as of one day, most debt first ({@link PortfolioRow#MOST_DEBT_FIRST}).
 *
 * @param asOf the day "days since the last assessment" is counted to
 */
public record Portfolio(LocalDate asOf, List<PortfolioRow> rows, PortfolioSummary summary) {

    public Portfolio {
        rows = List.copyOf(rows);
    }
}
