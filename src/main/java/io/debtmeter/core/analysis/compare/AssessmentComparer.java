package io.debtmeter.core.analysis.compare;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Compares two assessments, which may belong to two teams and use two versions of a rubric.
 *
 * <ul>
 *   <li><b>Items</b> are matched by id. Each side is read and scored with its own rubric snapshot
 *       (docs/scoring.md, section 1), so a level keeps the meaning it had when it was given.</li>
 *   <li><b>Item delta</b> = after score − before score on the 0..1 item-score scale. It is also shown in
 *       levels: delta × (number of levels of the "after" scale − 1); on a 0..4 scale, 0.25 → 0.75 is
 *       +0.5, i.e. "+2 levels". A litmus answer counts by its option's score the same way.</li>
 *   <li>An item that is not applicable or unanswered on either side is <b>not comparable</b>: it has
 *       no score there (N/A is not a zero), so there is nothing to subtract.</li>
 *   <li><b>Categories</b> are matched by id, each side's maturity computed by {@link ScoreCalculator}
 *       with its own rubric; a category whose id changed shows once as "only before" and once as
 *       "only after". Category and debt-index deltas are differences of the values as shown (rounded
 *       half-up to one decimal), so that the numbers on the screen add up.</li>
 *   <li><b>Closed actions</b>: see {@link ClosedActions}.</li>
 * </ul>
 */
public final class AssessmentComparer {

    private final ScoreCalculator calculator;

    public AssessmentComparer(ScoreCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * @param actions the actions of the teams of both sides (duplicates are ignored); only those closed
     *                between the two dates are kept
     * @param zone    the zone in which an action's last update is turned into a date
     */
    public Comparison compare(ComparedSide before, ComparedSide after, Collection<ActionItem> actions, ZoneId zone) {
        ScoredSide scoredBefore = scored(before);
        ScoredSide scoredAfter = scored(after);
        List<ItemDelta> items = matchedItems(before, after);
        Map<String, Change> changeByItem = items.stream().collect(Collectors.toMap(ItemDelta::itemId, ItemDelta::change));
        List<ClosedAction> closed = ClosedActions.between(before.assessment(), after.assessment(), actions, zone,
                changeByItem, itemId -> titleOf(itemId, after.rubric(), before.rubric()));
        return new Comparison(scoredBefore, scoredAfter, items, CategoryDeltas.of(scoredBefore, scoredAfter),
                CategoryDeltas.overall(scoredBefore, scoredAfter), unmatched(before, after.rubric()),
                unmatched(after, before.rubric()), closed);
    }

    private ScoredSide scored(ComparedSide side) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        side.responses().values().forEach(r -> r.answer().ifPresent(a -> answers.put(r.itemId(), a)));
        return new ScoredSide(side.assessment(), side.teamName(), side.rubric(), calculator.score(side.rubric(), answers));
    }

    /** Items both rubrics have, in the "after" rubric's category order, then its item order within each. */
    private List<ItemDelta> matchedItems(ComparedSide before, ComparedSide after) {
        Rubric afterRubric = after.rubric();
        // Steps between the scale's levels: 4 on a 0..4 scale, 2 on 0 / 0.5 / 1.
        int steps = afterRubric.scale().levels().size() - 1;
        List<ItemDelta> deltas = new ArrayList<>();
        for (Category category : afterRubric.categories()) {
            for (Item item : afterRubric.itemsOf(category.id())) {
                Optional<Item> earlier = before.rubric().item(item.id());
                if (earlier.isEmpty()) {
                    continue;
                }
                ItemSide was = sideOf(before.rubric(), earlier.get(), before.responses().get(item.id()));
                ItemSide is = sideOf(afterRubric, item, after.responses().get(item.id()));
                OptionalDouble scoreDelta = was.isScored() && is.isScored()
                        ? OptionalDouble.of(is.score().getAsDouble() - was.score().getAsDouble())
                        : OptionalDouble.empty();
                OptionalDouble levelDelta = scoreDelta.isPresent()
                        ? OptionalDouble.of(roundToMillionths(scoreDelta.getAsDouble() * steps))
                        : OptionalDouble.empty();
                deltas.add(new ItemDelta(item.id(), category.id(), category.title(), item.title(), was, is,
                        scoreDelta, levelDelta, Change.ofGain(scoreDelta)));
            }
        }
        return deltas;
    }

    private List<UnmatchedItem> unmatched(ComparedSide side, Rubric other) {
        return side.rubric().items().stream()
                .filter(item -> other.item(item.id()).isEmpty())
                .map(item -> new UnmatchedItem(item.id(), item.title(),
                        side.rubric().category(item.categoryId()).map(Category::title).orElse(item.categoryId()),
                        sideOf(side.rubric(), item, side.responses().get(item.id()))))
                .toList();
    }

    /** One side's answer in the comparison's terms; a missing response is unanswered. */
    private ItemSide sideOf(Rubric rubric, Item item, ItemResponse response) {
        String note = response == null ? "" : response.note();
        Optional<Answer> answer = response == null ? Optional.empty() : response.answer();
        if (answer.isEmpty()) {
            return new ItemSide(AnswerState.UNANSWERED, OptionalDouble.empty(), "", OptionalDouble.empty(), note);
        }
        OptionalDouble score = calculator.itemScore(item, rubric.scale(), answer.get());
        if (answer.get() instanceof Answer.Level level) {
            return new ItemSide(AnswerState.LEVEL, OptionalDouble.of(level.value()),
                    rubric.scale().labelOf(level.value()), score, note);
        }
        if (answer.get() instanceof Answer.Choice choice) {
            // itemScore above has already refused an option the item does not have.
            AnswerOption option = item.option(choice.optionId()).orElseThrow();
            return new ItemSide(AnswerState.OPTION, OptionalDouble.of(option.score()), option.label(), score, note);
        }
        if (answer.get() instanceof Answer.DontKnow) {
            return new ItemSide(AnswerState.DONT_KNOW, OptionalDouble.of(item.lowestValue()), "", score, note);
        }
        return new ItemSide(AnswerState.NOT_APPLICABLE, OptionalDouble.empty(), "", OptionalDouble.empty(), note);
    }

    private static String titleOf(String itemId, Rubric first, Rubric second) {
        return first.item(itemId).or(() -> second.item(itemId)).map(Item::title).orElse(itemId);
    }

    /** 0.5 × 4 is exactly 2, but 0.1 + 0.2 style noise must not show as "+1.9999999 levels". */
    private static double roundToMillionths(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
