package io.debtmeter.ui.home;

import io.debtmeter.core.rubric.RubricOrigin;
import io.debtmeter.model.Category;
import io.debtmeter.model.Rubric;

import java.util.List;

/** What a rubric card on the home screen shows: the rubric, where it came from, items per category. */
public record RubricSummary(Rubric rubric, RubricOrigin origin, List<CategoryCount> categoryCounts) {

    public static RubricSummary of(Rubric rubric, RubricOrigin origin) {
        List<CategoryCount> counts = rubric.categories().stream()
                .map(c -> new CategoryCount(c, rubric.itemsOf(c.id()).size()))
                .toList();
        return new RubricSummary(rubric, origin, counts);
    }

    public record CategoryCount(Category category, int items) {
    }
}
