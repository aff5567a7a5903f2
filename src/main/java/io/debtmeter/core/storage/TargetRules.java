package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a target fits the rubric its assessment was taken with, so a scorecard can always draw
 * it: a category target is a maturity from 0 to 100; an item target is a level the item can
 * actually reach (a level of a practice, the score of one of a litmus question's options).
 */
final class TargetRules {

    private TargetRules() {
    }

    static void checkCategory(ProblemTexts texts, Rubric rubric, String categoryId, double maturity) {
        if (categoryId == null || rubric.category(categoryId).isEmpty()) {
            throw refused(texts, texts.get("target.noCategory", rubric.id() + " " + rubric.version(), String.valueOf(categoryId)));
        }
        if (!(maturity >= 0 && maturity <= 100)) {
            throw refused(texts, texts.get("target.maturityRange", number(maturity)));
        }
    }

    static void checkItem(ProblemTexts texts, Rubric rubric, String itemId, double level) {
        Optional<Item> found = itemId == null ? Optional.empty() : rubric.item(itemId);
        if (found.isEmpty()) {
            throw refused(texts, texts.get("answer.noItem", rubric.id() + " " + rubric.version(), String.valueOf(itemId)));
        }
        Item item = found.get();
        boolean reachable = item.kind() == ItemKind.PRACTICE
                ? item.level(level).isPresent()
                : item.options().stream().mapToDouble(AnswerOption::score).anyMatch(score -> score == level);
        if (!reachable) {
            throw refused(texts, texts.get("answer.levelNotOnScale", number(level), itemId));
        }
    }

    /** All targets of one assessment at once (bulk import). */
    static void check(ProblemTexts texts, Rubric rubric, Targets targets) {
        for (Map.Entry<String, Double> target : targets.categoryMaturity().entrySet()) {
            checkCategory(texts, rubric, target.getKey(), target.getValue());
        }
        for (Map.Entry<String, Double> target : targets.itemLevel().entrySet()) {
            checkItem(texts, rubric, target.getKey(), target.getValue());
        }
    }

    /** "2", "0.5", "NaN": as the level would be written in a rubric. */
    private static String number(double value) {
        return Double.isFinite(value) ? ItemResponse.voteKey(value) : String.valueOf(value);
    }

    private static StoreException refused(ProblemTexts texts, String problem) {
        return new StoreException(texts.get("store.targetNotSaved", problem));
    }
}
