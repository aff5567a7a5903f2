package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.debtmeter.core.rubric.RubricSchema.PointedMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The half of validation a schema cannot express: ids that must be unique, references that
 * must resolve, a descriptor for every level, grade bands that tile 0..100.
 * Written defensively: it runs even when the schema failed, skipping values of the wrong type,
 * so that one run reports every problem.
 */
final class RubricMeaningChecks {

    private final List<PointedMessage> problems = new ArrayList<>();
    private final ProblemTexts texts;

    /** Told in the language of {@code texts}. */
    RubricMeaningChecks(ProblemTexts texts) {
        this.texts = texts;
    }

    List<PointedMessage> check(JsonNode root) {
        problems.clear();
        Set<String> categoryIds = uniqueIds(list(root.path("categories")), "/categories", "category");
        uniqueIds(list(root.path("items")), "/items", "item");
        Map<Double, String> scale = scaleLevels(list(root.path("scale").path("levels")));
        checkItems(list(root.path("items")), categoryIds, scale);
        checkCategoriesHaveItems(list(root.path("categories")), list(root.path("items")));
        checkBands(list(root.path("gradeBands")));
        new TranslationKeyChecks(this::report, texts).check(root);
        return List.copyOf(problems);
    }

    private Set<String> uniqueIds(JsonNode array, String pointer, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode id = array.get(i).path("id");
            if (id.isTextual() && !seen.add(id.asText())) {
                report(pointer + "/" + i + "/id", texts.get("meaning.duplicateId", texts.get("meaning.what." + what), id.asText()));
            }
        }
        return seen;
    }

    private Map<Double, String> scaleLevels(JsonNode levels) {
        Map<Double, String> scale = new TreeMap<>();
        for (int i = 0; i < levels.size(); i++) {
            JsonNode value = levels.get(i).path("value");
            if (value.isNumber() && scale.put(value.asDouble(), levels.get(i).path("label").asText()) != null) {
                report("/scale/levels/" + i + "/value", texts.get("meaning.duplicateScaleValue", format(value.asDouble())));
            }
        }
        return scale;
    }

    private void checkItems(JsonNode items, Set<String> categoryIds, Map<Double, String> scale) {
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String pointer = "/items/" + i;
            JsonNode category = item.path("category");
            if (category.isTextual() && !categoryIds.contains(category.asText())) {
                report(pointer + "/category", texts.get("meaning.undefinedCategory", category.asText()));
            }
            if (item.has("levels") && !scale.isEmpty()) {
                checkLevels(list(item.path("levels")), pointer + "/levels", scale);
            }
            if (item.has("options") && !scale.isEmpty()) {
                checkOptions(list(item.path("options")), pointer + "/options", scale);
            }
            new OptionRangeChecks(this::report, texts).check(item, pointer);
        }
    }

    private void checkLevels(JsonNode levels, String pointer, Map<Double, String> scale) {
        Set<Double> described = new HashSet<>();
        for (int j = 0; j < levels.size(); j++) {
            JsonNode value = levels.get(j).path("value");
            if (!value.isNumber()) {
                continue;
            }
            double v = value.asDouble();
            if (!scale.containsKey(v)) {
                report(pointer + "/" + j + "/value", texts.get("meaning.levelNotOnScale", format(v), scaleText(scale)));
            } else if (!described.add(v)) {
                report(pointer + "/" + j + "/value", texts.get("meaning.levelTwice", format(v)));
            }
        }
        scale.forEach((value, label) -> {
            if (!described.contains(value)) {
                report(pointer, texts.get("meaning.noDescriptor", format(value), label));
            }
        });
    }

    private void checkOptions(JsonNode options, String pointer, Map<Double, String> scale) {
        double min = scale.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        double max = scale.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        Set<String> ids = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            JsonNode option = options.get(j);
            if (option.path("id").isTextual() && !ids.add(option.path("id").asText())) {
                report(pointer + "/" + j + "/id", texts.get("meaning.duplicateOption", option.path("id").asText()));
            }
            JsonNode score = option.path("score");
            if (score.isNumber() && (score.asDouble() < min || score.asDouble() > max)) {
                report(pointer + "/" + j + "/score",
                        texts.get("meaning.scoreOutside", format(score.asDouble()), format(min), format(max)));
            }
        }
    }

    private void checkCategoriesHaveItems(JsonNode categories, JsonNode items) {
        Map<String, Integer> counts = new HashMap<>();
        items.forEach(item -> counts.merge(item.path("category").asText(), 1, Integer::sum));
        for (int i = 0; i < categories.size(); i++) {
            JsonNode id = categories.get(i).path("id");
            if (id.isTextual() && !counts.containsKey(id.asText())) {
                report("/categories/" + i, texts.get("meaning.categoryEmpty", id.asText()));
            }
        }
    }

    /** Bands must tile 0..100: sorted by min, the first starts at 0, each starts where the last ended, the last ends at 100. */
    private void checkBands(JsonNode bands) {
        List<Band> sorted = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            JsonNode band = bands.get(i);
            String pointer = "/gradeBands/" + i;
            if (band.path("label").isTextual() && !labels.add(band.path("label").asText())) {
                report(pointer + "/label", texts.get("meaning.duplicateGrade", band.path("label").asText()));
            }
            if (!band.path("min").isNumber() || !band.path("max").isNumber()) {
                return;
            }
            Band b = new Band(pointer, band.path("min").asDouble(), band.path("max").asDouble());
            if (b.min >= b.max) {
                report(pointer, texts.get("meaning.minBelowMax", format(b.min), format(b.max)));
                return;
            }
            sorted.add(b);
        }
        if (sorted.isEmpty()) {
            return;
        }
        sorted.sort(Comparator.comparingDouble(Band::min));
        if (sorted.get(0).min != 0) {
            report(sorted.get(0).pointer + "/min", texts.get("meaning.bandsStart", format(sorted.get(0).min)));
        }
        for (int i = 1; i < sorted.size(); i++) {
            Band previous = sorted.get(i - 1);
            Band band = sorted.get(i);
            if (band.min > previous.max) {
                report(band.pointer + "/min", texts.get("meaning.bandsGap", format(previous.max), format(band.min)));
            } else if (band.min < previous.max) {
                report(band.pointer + "/min", texts.get("meaning.bandsOverlap", format(band.min), format(previous.max)));
            }
        }
        Band last = sorted.get(sorted.size() - 1);
        if (last.max != 100) {
            report(last.pointer + "/max", texts.get("meaning.bandsEnd", format(last.max)));
        }
    }

    /**
     * The node when it is an array, otherwise an empty one: where the schema already reported
     * "object found, array expected", there is nothing of meaning left to check.
     */
    private static JsonNode list(JsonNode node) {
        return node.isArray() ? node : JsonNodeFactory.instance.arrayNode();
    }

    private void report(String pointer, String message) {
        problems.add(new PointedMessage(pointer, message));
    }

    private static String scaleText(Map<Double, String> scale) {
        return scale.keySet().stream().map(RubricMeaningChecks::format).toList().toString();
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private record Band(String pointer, double min, double max) {
    }
}
