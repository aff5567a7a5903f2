package io.debtmeter.core.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemGuidance;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.OptionRange;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.RubricTranslation;
import io.debtmeter.model.RubricTranslation.CategoryTranslation;
import io.debtmeter.model.RubricTranslation.ItemTranslation;
import io.debtmeter.model.RubricTranslation.LevelTranslation;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Turns a document that passed validation into model records; never sees an invalid one. */
final class RubricMapper {

    Rubric toRubric(JsonNode root) {
        List<ScaleLevel> levels = map(root.path("scale").path("levels"),
                n -> new ScaleLevel(n.path("value").asDouble(), n.path("label").asText()));
        levels.sort(Comparator.comparingDouble(ScaleLevel::value));
        List<GradeBand> bands = map(root.path("gradeBands"), n -> new GradeBand(
                n.path("label").asText(), n.path("min").asDouble(), n.path("max").asDouble(), n.path("meaning").asText()));
        bands.sort(Comparator.comparingDouble(GradeBand::min));
        return new Rubric(
                root.path("id").asText(),
                root.path("version").asText(),
                root.path("title").asText(),
                root.path("description").asText(""),
                new Scale(levels),
                AggregationRule.fromJsonName(root.path("aggregation").path("rule").asText()),
                bands,
                map(root.path("categories"), n -> new Category(
                        n.path("id").asText(), n.path("title").asText(), n.path("description").asText(""),
                        n.path("weight").asDouble())),
                map(root.path("items"), this::toItem),
                root.path("placementRule").asText(""),
                root.path("previousVersion").asText(""),
                byKey(root.path("translations"), this::toTranslation));
    }

    private RubricTranslation toTranslation(JsonNode n) {
        return new RubricTranslation(n.path("title").asText(""), n.path("description").asText(""),
                n.path("placementRule").asText(""),
                byValue(n.path("scale"), JsonNode::asText),
                byKey(n.path("gradeBands"), JsonNode::asText),
                byKey(n.path("categories"), c -> new CategoryTranslation(c.path("title").asText(""),
                        c.path("description").asText(""))),
                byKey(n.path("items"), this::toItemTranslation));
    }

    private ItemTranslation toItemTranslation(JsonNode n) {
        return new ItemTranslation(n.path("title").asText(""), n.path("question").asText(""), n.path("why").asText(""),
                n.path("notApplicableWhen").asText(""), n.path("meaningChange").asText(""),
                byValue(n.path("levels"), l -> new LevelTranslation(l.path("descriptor").asText(""),
                        l.path("evidence").asText(""))),
                byKey(n.path("options"), JsonNode::asText));
    }

    private static <T> Map<String, T> byKey(JsonNode object, Function<JsonNode, T> mapper) {
        Map<String, T> result = new LinkedHashMap<>();
        object.properties().forEach(e -> result.put(e.getKey(), mapper.apply(e.getValue())));
        return result;
    }

    /** Keys that are scale values as written ("0.5"), which the checks matched against the scale. */
    private static <T> Map<Double, T> byValue(JsonNode object, Function<JsonNode, T> mapper) {
        Map<Double, T> result = new LinkedHashMap<>();
        object.properties().forEach(e -> result.put(Double.parseDouble(e.getKey()), mapper.apply(e.getValue())));
        return result;
    }

    private Item toItem(JsonNode n) {
        List<LevelDescriptor> levels = map(n.path("levels"),
                l -> new LevelDescriptor(l.path("value").asDouble(), l.path("descriptor").asText(),
                        l.path("evidence").asText("")));
        levels.sort(Comparator.comparingDouble(LevelDescriptor::value));
        return new Item(
                n.path("id").asText(),
                n.path("category").asText(),
                ItemKind.fromJsonName(n.path("kind").asText()),
                n.path("title").asText(),
                n.path("question").asText(),
                n.path("why").asText(""),
                n.path("reference").asText(""),
                n.path("weight").asDouble(1.0),
                levels,
                map(n.path("options"), o -> new AnswerOption(
                        o.path("id").asText(), o.path("label").asText(), o.path("score").asDouble(), range(o.path("range")))),
                new ItemGuidance(n.path("notApplicableWhen").asText(""), n.path("meaningChange").asText(""),
                        n.path("rangeUnit").asText("")));
    }

    private static Optional<OptionRange> range(JsonNode range) {
        if (range.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode to = range.path("to");
        return Optional.of(new OptionRange(range.path("from").asDouble(),
                to.isMissingNode() ? OptionalDouble.empty() : OptionalDouble.of(to.asDouble())));
    }

    private static <T> List<T> map(JsonNode array, Function<JsonNode, T> mapper) {
        List<T> result = new ArrayList<>();
        array.forEach(node -> result.add(mapper.apply(node)));
        return result;
    }
}
