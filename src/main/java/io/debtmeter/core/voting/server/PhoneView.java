package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.RoomState;
import io.debtmeter.core.voting.VotingChoice;
import io.debtmeter.core.voting.VotingItem;

import java.util.List;
import java.util.Objects;

/**
 * What a phone may know of the room: the item on screen, whether it is revealed, whether a PIN is
 * needed. Deliberately not the count of votes or phones, nor anyone's ballot or name: those stay on
 * the laptop, and the projector shows them to the room.
 */
record PhoneView(long version, boolean open, boolean pinRequired, boolean revealed, Item item) {

    record Item(String id, String position, String title, String question, List<Choice> choices) {
    }

    /** {@code aside}: "not applicable" or "don't know", shown apart from the scale's cards. */
    record Choice(String key, String number, String label, String detail, boolean aside) {
    }

    static PhoneView of(RoomState state) {
        return new PhoneView(state.version(), state.open(), state.pinRequired(), state.isRevealed(),
                state.item().map(PhoneView::itemOf).orElse(null));
    }

    private static Item itemOf(VotingItem item) {
        List<Choice> choices = item.choices().stream().map(PhoneView::choiceOf).toList();
        return new Item(item.itemId(), item.position(), item.title(), item.question(), choices);
    }

    private static Choice choiceOf(VotingChoice choice) {
        return new Choice(choice.key(), choice.number(), choice.label(), choice.detail(), choice.isAside());
    }

    /**
     * True when a phone would show the same thing for both: most room changes (a vote, a phone joining)
     * change nothing a phone shows, and sending them would only tell each phone when others vote.
     */
    boolean showsSameAs(PhoneView other) {
        return other != null && open == other.open && pinRequired == other.pinRequired
                && revealed == other.revealed && Objects.equals(item, other.item);
    }
}
