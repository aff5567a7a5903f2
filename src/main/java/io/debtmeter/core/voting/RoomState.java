package io.debtmeter.core.voting;

import java.util.Optional;

/**
 * The room as the projector and the phones see it at one moment.
 *
 * @param version   grows with every change, so a phone can tell a new state from one it has shown
 * @param item      the item on screen, empty before the first one and after voting closed
 * @param voted     how many phones have a vote on the current item (never what they voted, until revealed)
 * @param connected how many phones are following the room right now
 * @param revealed  the current item's tally, once the facilitator revealed it
 */
public record RoomState(long version, boolean open, Optional<VotingItem> item, int voted, int connected,
                        boolean pinRequired, Optional<Tally> revealed) {

    public boolean isRevealed() {
        return revealed.isPresent();
    }
}
