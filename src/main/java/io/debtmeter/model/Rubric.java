package io.debtmeter.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A complete, validated rubric: what is asked, how it is rated and how ratings become a grade.
 *
 * @param translations its text in other languages, by language tag ("ja"); its own text is English
 */
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
        String previousVersion,
        Map<String, RubricTranslation> translations) {

    public Rubric {
        gradeBands = List.copyOf(gradeBands);
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        description = description == null ? "" : description;
        placementRule = placementRule == null ? "" : placementRule;
        previousVersion = previousVersion == null ? "" : previousVersion;
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** A rubric in one language only. */
    public Rubric(String id, String version, String title, String description, Scale scale,
                  AggregationRule aggregation, List<GradeBand> gradeBands, List<Category> categories, List<Item> items,
                  String placementRule, String previousVersion) {
        this(id, version, title, description, scale, aggregation, gradeBands, categories, items, placementRule,
                previousVersion, Map.of());
    }

    /** A rubric without a placement rule or a previous version (every rubric before 2.0). */
    public Rubric(String id, String version, String title, String description, Scale scale,
                  AggregationRule aggregation, List<GradeBand> gradeBands, List<Category> categories, List<Item> items) {
        this(id, version, title, description, scale, aggregation, gradeBands, categories, items, "", "", Map.of());
    }

    /** The languages it is translated into, sorted; its own language (English) is not among them. */
    public Set<String> languages() {
        return Collections.unmodifiableSet(new TreeSet<>(translations.keySet()));
    }

    /**
     * The rubric as shown in this language: each text its translation where there is one, its own text
     * otherwise; ids, values, weights, scores and order unchanged, so it scores exactly as this rubric.
     * For showing only: it carries no translations, so store and export this rubric, not the result.
     * A language it has no translation into gives this rubric back unchanged.
     */
    public Rubric localized(String language) {
        RubricTranslation translation = translations.get(language);
        return translation == null ? this : translation.applyTo(this);
    }

    public List<Item> itemsOf(String categoryId) {
        return items.stream().filter(i -> i.categoryId().equals(categoryId)).toList();
    }

    public Optional<Item> item(String itemId) {
        // A loop, not a stream: an import checks each of 600,000 answers against its item.
        for (Item item : items) {
            if (item.id().equals(itemId)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    public Optional<Category> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    public Optional<GradeBand> gradeFor(double debtIndex) {
        return gradeBands.stream().filter(b -> b.contains(debtIndex)).findFirst();
    }
}
