package io.debtmeter.core.assessment;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a new assessment started "from the previous one" takes over, item by item. Within one rubric version
 * everything is carried (and marked to confirm). Into the next version of the same rubric, an item whose
 * meaning changed ({@link io.debtmeter.model.ItemGuidance#meaningChanged()}) keeps its note and evidence but
 * not its answer or votes: the team places it again, against the new descriptors. Whether a carried answer
 * still fits the rubric (a level it has, an option it offers) is the store's own check.
 */
public final class CarryOverRule {

    private CarryOverRule() {
    }

    /** The response to start {@code to} with, or empty when nothing of {@code earlier} applies to it. */
    public static Optional<ItemResponse> carry(ItemResponse earlier, Assessment from, Rubric to) {
        Optional<Item> item = to.item(earlier.itemId());
        if (item.isEmpty()) {
            return Optional.empty();
        }
        if (meaningChangedSince(from, to, item.get())) {
            boolean anythingLeft = !earlier.note().isBlank() || !earlier.evidenceLinks().isEmpty();
            return anythingLeft
                    ? Optional.of(new ItemResponse(earlier.itemId(), Optional.empty(), earlier.note(), earlier.evidenceLinks(),
                            Map.of(), false))
                    : Optional.empty();
        }
        return Optional.of(new ItemResponse(earlier.itemId(), earlier.answer(), earlier.note(), earlier.evidenceLinks(),
                earlier.votes(), true));
    }

    /** Whether {@code item} of {@code to} means something else than it did in the version {@code from} used. */
    public static boolean meaningChangedSince(Assessment from, Rubric to, Item item) {
        return from.rubricId().equals(to.id())
                && !from.rubricVersion().equals(to.version())
                && from.rubricVersion().equals(to.previousVersion())
                && item.guidance().meaningChanged();
    }

    /** The ids of {@code to}'s items whose answers are not carried over from an assessment made as {@code from}. */
    public static List<String> itemsToPlaceAgain(Assessment from, Rubric to) {
        return to.items().stream().filter(item -> meaningChangedSince(from, to, item)).map(Item::id).toList();
    }
}
