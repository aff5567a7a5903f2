package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.core.analysis.scorecard.DebtBands;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Team;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Turns what the store holds into the portfolio: one row per team, scored exactly as the scorecard
 * scores (docs/scoring.md), with the move since the previous assessment ({@link DebtChange}) and how
 * long ago the team last assessed itself. Pure: the same data and day always give the same rows.
 */
public final class PortfolioCalculator {

    /**
     * A team whose last assessment is more than this many days old is stale. Exactly 120 days is not
     * stale: quarterly teams assess every 90-92 days, and a month's slack is not yet worth a flag.
     */
    public static final int STALE_AFTER_DAYS = 120;

    /** Reads nothing: everything comes from {@code data}; {@code today} is when days are counted to. */
    public Portfolio portfolio(PortfolioData data, LocalDate today) {
        List<PortfolioRow> rows = data.teams().stream()
                .map(team -> row(team, data.latestTwo().getOrDefault(team.id(), List.of()), data, today))
                .sorted(PortfolioRow.MOST_DEBT_FIRST)
                .toList();
        return new Portfolio(today, rows, PortfolioSummary.of(rows));
    }

    private PortfolioRow row(Team team, List<Assessment> newestFirst, PortfolioData data, LocalDate today) {
        if (newestFirst.isEmpty()) {
            return new PortfolioRow(team, Optional.empty(), OptionalDouble.empty(), Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                    DebtChange.first(), OptionalLong.empty(), Freshness.NEVER_ASSESSED);
        }
        Assessment latest = newestFirst.get(0);
        Rubric rubric = rubricOf(latest.id(), data);
        ScoreSummary score = scoreOf(latest.id(), data);
        OptionalDouble shown = shown(score);
        Optional<Assessment> previous = newestFirst.size() > 1 ? Optional.of(newestFirst.get(1)) : Optional.empty();
        OptionalDouble previousShown = previous
                .map(p -> shown(scoreOf(p.id(), data)))
                .orElse(OptionalDouble.empty());
        long days = ChronoUnit.DAYS.between(latest.date(), today);
        return new PortfolioRow(team, Optional.of(latest), shown, score.grade(),
                score.grade().map(band -> colourStep(rubric, band)).orElse(OptionalInt.empty()),
                Optional.of(score.coverage()), previous, previousShown,
                change(latest, shown, previous, previousShown),
                OptionalLong.of(days), days > STALE_AFTER_DAYS ? Freshness.STALE : Freshness.CURRENT);
    }

    /** Debt indexes of two different rubrics measure different things, so they get no arrow. */
    private static DebtChange change(Assessment latest, OptionalDouble shown,
                                     Optional<Assessment> previous, OptionalDouble previousShown) {
        if (previous.isEmpty()) {
            return DebtChange.first();
        }
        if (!previous.get().rubricId().equals(latest.rubricId()) || shown.isEmpty() || previousShown.isEmpty()) {
            return DebtChange.notComparable();
        }
        return DebtChange.between(previousShown.getAsDouble(), shown.getAsDouble());
    }

    /** The scorecard's palette step of the band, so a grade has one colour in every view. */
    private static OptionalInt colourStep(Rubric rubric, GradeBand band) {
        DebtBands bands = new DebtBands(rubric.gradeBands());
        return OptionalInt.of(bands.colourStep(bands.ordered().indexOf(band)));
    }

    private static OptionalDouble shown(ScoreSummary score) {
        return score.debtIndex().isPresent()
                ? OptionalDouble.of(ScoreCalculator.roundForDisplay(score.debtIndex().getAsDouble()))
                : OptionalDouble.empty();
    }

    private static Rubric rubricOf(UUID assessmentId, PortfolioData data) {
        Rubric rubric = data.rubrics().get(assessmentId);
        if (rubric == null) {
            throw new IllegalArgumentException("No rubric snapshot for assessment " + assessmentId);
        }
        return rubric;
    }

    private static ScoreSummary scoreOf(UUID assessmentId, PortfolioData data) {
        ScoreSummary score = data.scores().get(assessmentId);
        if (score == null) {
            throw new IllegalArgumentException("No score for assessment " + assessmentId);
        }
        return score;
    }
}
