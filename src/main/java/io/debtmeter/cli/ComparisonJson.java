package io.debtmeter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.analysis.compare.CategoryDelta;
import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.core.analysis.compare.ClosedAction;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.core.analysis.compare.ItemSide;
import io.debtmeter.core.analysis.compare.ScoredSide;
import io.debtmeter.core.analysis.compare.UnmatchedItem;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.GradeBand;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A comparison as JSON. Maturities and the debt index are rounded as shown (one decimal, half-up) and
 * deltas are the comparison's differences of shown values, so the numbers match the screen; null
 * where a side has no value. {@code levelDelta} counts steps of the "after" rubric's scale.
 */
final class ComparisonJson {

    private ComparisonJson() {
    }

    static ObjectNode of(Comparison comparison) {
        ObjectNode root = JsonOutput.NODES.objectNode();
        root.set("before", side(comparison.before()));
        root.set("after", side(comparison.after()));
        ObjectNode debt = root.putObject("debtIndex");
        JsonOutput.put(debt, "before", shown(comparison.overall().before()));
        JsonOutput.put(debt, "after", shown(comparison.overall().after()));
        JsonOutput.put(debt, "delta", shown(comparison.overall().delta()));
        debt.put("change", word(comparison.overall().change()));
        ArrayNode categories = root.putArray("categories");
        for (CategoryDelta category : comparison.categories()) {
            ObjectNode node = categories.addObject();
            node.put("id", category.categoryId());
            node.put("title", category.title());
            JsonOutput.put(node, "before", shown(category.before()));
            JsonOutput.put(node, "after", shown(category.after()));
            JsonOutput.put(node, "delta", shown(category.delta()));
            node.put("change", word(category.change()));
        }
        ArrayNode items = root.putArray("items");
        for (ItemDelta item : comparison.items()) {
            ObjectNode node = items.addObject();
            node.put("id", item.itemId());
            node.put("title", item.title());
            node.put("category", item.categoryId());
            node.set("before", answer(item.before()));
            node.set("after", answer(item.after()));
            JsonOutput.put(node, "levelDelta", item.levelDelta());
            node.put("change", word(item.change()));
        }
        root.set("onlyBefore", unmatched(comparison.onlyBefore()));
        root.set("onlyAfter", unmatched(comparison.onlyAfter()));
        ArrayNode closed = root.putArray("closedActions");
        for (ClosedAction action : comparison.closedActions()) {
            ObjectNode node = closed.addObject();
            node.put("id", action.action().id().toString());
            node.put("text", action.action().text());
            node.put("status", action.action().status().name().toLowerCase());
            node.put("closedOn", action.closedOn().toString());
            node.put("itemId", action.action().itemId());
            node.put("itemChange", word(action.itemChange()));
        }
        return root;
    }

    private static ObjectNode side(ScoredSide side) {
        ObjectNode node = JsonOutput.NODES.objectNode();
        node.put("id", side.assessment().id().toString());
        node.put("teamId", side.assessment().teamId().toString());
        node.put("team", side.teamName());
        node.put("period", side.assessment().period());
        node.put("date", side.assessment().date().toString());
        node.put("rubricId", side.rubric().id());
        node.put("rubricVersion", side.rubric().version());
        JsonOutput.put(node, "grade", side.score().grade().map(GradeBand::label));
        return node;
    }

    private static ObjectNode answer(ItemSide side) {
        ObjectNode node = JsonOutput.NODES.objectNode();
        node.put("state", side.state().name().toLowerCase().replace('_', '-'));
        JsonOutput.put(node, "value", side.value());
        node.put("label", side.label());
        node.put("note", side.note());
        return node;
    }

    private static ArrayNode unmatched(List<UnmatchedItem> items) {
        ArrayNode array = JsonOutput.NODES.arrayNode();
        items.forEach(item -> array.addObject().put("id", item.itemId()).put("title", item.title()));
        return array;
    }

    private static OptionalDouble shown(OptionalDouble value) {
        return value.isPresent() ? OptionalDouble.of(ScoreCalculator.roundForDisplay(value.getAsDouble())) : value;
    }

    private static String word(Change change) {
        return change.name().toLowerCase().replace('_', '-');
    }
}
