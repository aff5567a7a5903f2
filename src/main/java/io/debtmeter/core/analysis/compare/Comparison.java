package io.debtmeter.core.analysis.compare;

import io.debtmeter.core.assessment.CarryOverRule;

import java.util.List;

/**
 * Two assessments side by side: any two, of one team or of two teams, with the same rubric or two
 * versions of it. Items and categories are matched by id; see {@link AssessmentComparer} for the rules.
 *
 * @param items         items both rubrics have, in the "after" rubric's order, grouped by its categories
 * @param categories    the "after" rubric's categories in its order, then those only the "before" one has
 * @param onlyBefore    items only the "before" rubric has (removed since), in its order
 * @param onlyAfter     items only the "after" rubric has (added since), in its order
 * @param closedActions actions done or dropped between the two dates, oldest first
 */
public record Comparison(
        ScoredSide before,
        ScoredSide after,
        List<ItemDelta> items,
        List<CategoryDelta> categories,
        OverallDelta overall,
        List<UnmatchedItem> onlyBefore,
        List<UnmatchedItem> onlyAfter,
        List<ClosedAction> closedActions) {

    public Comparison {
        items = List.copyOf(items);
        categories = List.copyOf(categories);
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
        closedActions = List.copyOf(closedActions);
    }

    public List<ItemDelta> items(ItemFilter filter) {
        return items.stream().filter(filter::accepts).toList();
    }

    /** How many matched items the filter shows. */
    public int count(ItemFilter filter) {
        return (int) items.stream().filter(filter::accepts).count();
    }

    public boolean sameTeam() {
        return before.assessment().teamId().equals(after.assessment().teamId());
    }

    /**
     * Matched items whose meaning changed between the two rubric versions, as the newer rubric says
     * ({@code meaningChange}); their level change compares two different questions, so the screens and
     * reports say so. Empty within one version.
     */
    public List<ItemDelta> meaningChanged() {
        return items.stream().filter(delta -> changedBetween(before, after, delta.itemId())
                || changedBetween(after, before, delta.itemId())).toList();
    }

    private static boolean changedBetween(ScoredSide older, ScoredSide newer, String itemId) {
        return newer.rubric().item(itemId)
                .map(item -> CarryOverRule.meaningChangedSince(older.assessment(), newer.rubric(), item))
                .orElse(false);
    }

    public boolean sameRubricVersion() {
        return before.rubric().id().equals(after.rubric().id())
                && before.rubric().version().equals(after.rubric().version());
    }
}
