package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Category;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.model.Targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The rows of the scorecard's category chart, in rubric order. */
public final class CategoryChart {

    private CategoryChart() {
    }

    /**
     * A category's band is looked up on 100 - its <em>shown</em> maturity, so the letter on a bar always
     * agrees with the number written beside it (as the overall grade agrees with the shown index).
     */
    public static List<CategoryChartRow> rows(Rubric rubric, ScoreResult result, Targets targets) {
        DebtBands bands = new DebtBands(rubric.gradeBands());
        List<CategoryChartRow> rows = new ArrayList<>();
        for (Category category : rubric.categories()) {
            CategoryScore score = result.category(category.id()).orElseThrow(
                    () -> new IllegalArgumentException("No score for category " + category.id()));
            OptionalDouble shown = score.maturity().isPresent()
                    ? OptionalDouble.of(ScoreCalculator.roundForDisplay(score.maturity().getAsDouble()))
                    : OptionalDouble.empty();
            OptionalInt bandIndex = shown.isPresent()
                    ? bands.indexOf(ScoreCalculator.roundForDisplay(100.0 - shown.getAsDouble()))
                    : OptionalInt.empty();
            Optional<GradeBand> band = bandIndex.isPresent()
                    ? Optional.of(bands.ordered().get(bandIndex.getAsInt()))
                    : Optional.empty();
            OptionalInt step = bandIndex.isPresent() ? OptionalInt.of(bands.colourStep(bandIndex.getAsInt())) : OptionalInt.empty();
            OptionalDouble target = targets.forCategory(category.id());
            boolean deciding = result.decidingCategory().filter(category.id()::equals).isPresent();
            rows.add(new CategoryChartRow(category.id(), category.title(), shown, band, step, target,
                    TargetGaps.categoryGap(score.maturity(), target), deciding, score.coverage()));
        }
        return rows;
    }
}
