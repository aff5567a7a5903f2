package io.debtmeter.core.voting;

import java.util.List;
import java.util.Optional;

/**
 * What the phones show while the facilitator is on one item: nothing else of the assessment (no notes,
 * no other answers, no team) ever leaves the laptop.
 *
 * @param position "Item 4 of 30", already in the facilitator's language
 */
public record VotingItem(String itemId, String position, String title, String question, List<VotingChoice> choices) {

    public VotingItem {
        choices = List.copyOf(choices);
        if (itemId == null || itemId.isBlank()) {
            throw new IllegalArgumentException("an item needs an id");
        }
        long distinct = choices.stream().map(VotingChoice::key).distinct().count();
        if (distinct != choices.size()) {
            throw new IllegalArgumentException("choice keys repeat in item " + itemId);
        }
    }

    public Optional<VotingChoice> choice(String key) {
        return choices.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
