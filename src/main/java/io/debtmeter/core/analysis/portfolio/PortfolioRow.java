package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Team;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One team in the portfolio: its latest assessment and how the debt moved since the one before.
 * Debt indexes are the values the app shows (rounded half-up to one decimal), and the grade is the
 * one the latest assessment's own rubric gives that value.
 *
 * @param latest            the team's newest assessment (by date, then creation); empty when never assessed
 * @param debtIndex         the latest assessment's shown debt index; empty when nothing in it was scored
 * @param grade             the band of that debt index in the latest assessment's rubric
 * @param gradeStep         the band's colour step 0..4, 0 = least debt (as on the scorecard, see
 *                          {@link io.debtmeter.core.analysis.scorecard.DebtBands}); empty without a grade
 * @param coverage          answered / not applicable / unanswered items of the latest assessment
 * @param previous          the assessment before the latest one, if any
 * @param previousDebtIndex the previous assessment's shown debt index, if it has one
 * @param change            the move from previous to latest ({@link DebtChange} states the rule)
 * @param daysSinceLast     days from the latest assessment's date to today; negative for a future date
 * @param freshness         current, stale (more than 120 days) or never assessed
 */
public record PortfolioRow(
        Team team,
        Optional<Assessment> latest,
        OptionalDouble debtIndex,
        Optional<GradeBand> grade,
        OptionalInt gradeStep,
        Optional<Coverage> coverage,
        Optional<Assessment> previous,
        OptionalDouble previousDebtIndex,
        DebtChange change,
        OptionalLong daysSinceLast,
        Freshness freshness) {

    /**
     * The portfolio's default order: most debt first; then teams whose latest assessment has no score
     * yet; never-assessed teams last. Ties by team name (ignoring case), then id, so the order is stable.
     */
    public static final Comparator<PortfolioRow> MOST_DEBT_FIRST = Comparator
            .comparingInt(PortfolioRow::sortGroup)
            .thenComparing(Comparator.comparingDouble((PortfolioRow row) -> row.debtIndex().orElse(0)).reversed())
            .thenComparing(row -> row.team().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(row -> row.team().id());

    public PortfolioRow {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(freshness, "freshness");
        if (latest.isEmpty() != (freshness == Freshness.NEVER_ASSESSED)) {
            throw new IllegalArgumentException("A team is never assessed exactly when it has no latest assessment");
        }
    }

    public UUID teamId() {
        return team.id();
    }

    public String teamName() {
        return team.name();
    }

    /** The latest assessment has unanswered items: its score describes only what was answered. */
    public boolean isPartial() {
        return coverage.map(Coverage::isPartial).orElse(false);
    }

    /** Stale or never assessed: the manager should ask this team for an assessment. */
    public boolean needsAssessment() {
        return freshness != Freshness.CURRENT;
    }

    private int sortGroup() {
        if (freshness == Freshness.NEVER_ASSESSED) {
            return 2;
        }
        return debtIndex.isPresent() ? 0 : 1;
    }
}
