package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The items of an assessment with their answers, notes, votes and targets, for the scorecard's details. */
public final class ItemDetailRows {

    private ItemDetailRows() {
    }

    /** Every item of the category, in rubric order. */
    public static List<ItemDetailRow> ofCategory(Rubric rubric, String categoryId, Map<String, ItemResponse> responses,
                                                 Targets targets) {
        return rubric.itemsOf(categoryId).stream().map(item -> of(rubric, item, responses, targets)).toList();
    }

    public static ItemDetailRow of(Rubric rubric, Item item, Map<String, ItemResponse> responses, Targets targets) {
        ItemResponse response = responses.getOrDefault(item.id(), ItemResponse.open(item.id()));
        OptionalDouble level = levelOf(item, response.answer());
        OptionalDouble target = targets.forItem(item.id());
        return new ItemDetailRow(item, response.answer(), level, response, target,
                TargetGaps.itemStepsToGo(rubric.scale(), level, target));
    }

    /** A practice's level, or the score of the litmus option chosen; empty for N/A and unanswered. */
    public static OptionalDouble levelOf(Item item, Optional<Answer> answer) {
        if (answer.isPresent() && answer.get() instanceof Answer.Level chosen) {
            return OptionalDouble.of(chosen.value());
        }
        if (answer.isPresent() && answer.get() instanceof Answer.Choice choice) {
            Optional<AnswerOption> option = item.option(choice.optionId());
            return option.isPresent() ? OptionalDouble.of(option.get().score()) : OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }
}
