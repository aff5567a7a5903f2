package io.debtmeter.core.analysis.portfolio;

/** How recent a team's last assessment is; the portfolio flags everything but {@link #CURRENT}. */
public enum Freshness {
    /** Assessed within the last {@value PortfolioCalculator#STALE_AFTER_DAYS} days (exactly 120 days ago still counts). */
    CURRENT,
    /** The last assessment is more than {@value PortfolioCalculator#STALE_AFTER_DAYS} days old (121 or more). */
    STALE,
    /** The team has no assessment at all. */
    NEVER_ASSESSED
}
