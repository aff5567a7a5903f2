package io.debtmeter.model;

import java.util.List;
import java.util.Optional;

/** A complete, validated rubric: what is asked, how it is rated and how ratings become a grade. */
public record Rubric(
        String id,
        String version,
        String title,
        String description,
        Scale scale,
        AggregationRule aggregation,
        List<GradeBand> gradeBands,
        List<Category> categories,
        List<Item> items,
        String placementRule,
        String previousVersion) {

    public Rubric {
        gradeBands = List.copyOf(gradeBands);
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        description = description == null ? "" : description;
        placementRule = placementRule == null ? "" : placementRule;
        previousVersion = previousVersion == null ? "" : previousVersion;
    }

    /** A rubric without a placement rule or a previous version (every rubric before 2.0). */
    public Rubric(String id, String version, String title, String description, Scale scale,
                  AggregationRule aggregation, List<GradeBand> gradeBands, List<Category> categories, List<Item> items) {
        this(id, version, title, description, scale, aggregation, gradeBands, categories, items, "", "");
    }

    public List<Item> itemsOf(String categoryId) {
        return items.stream().filter(i -> i.categoryId().equals(categoryId)).toList();
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Category> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    public Optional<GradeBand> gradeFor(double debtIndex) {
        return gradeBands.stream().filter(b -> b.contains(debtIndex)).findFirst();
    }
}
