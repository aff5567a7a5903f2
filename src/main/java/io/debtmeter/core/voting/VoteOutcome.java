package io.debtmeter.core.voting;

/** What became of a vote a phone sent. Only {@link #ACCEPTED} changed anything. */
public enum VoteOutcome {
    ACCEPTED,
    /** Voting is closed, or the facilitator has not shown an item yet. */
    CLOSED,
    /** The vote was for another item than the one on screen (a phone that lagged behind). */
    WRONG_ITEM,
    /** The choice is not one of the item's choices. */
    UNKNOWN_CHOICE,
    /** The votes on this item were revealed; a new round must start before it takes votes again. */
    ALREADY_REVEALED,
    /** A PIN is required and this one is missing or wrong. */
    WRONG_PIN,
    /** This would be the 101st phone. */
    ROOM_FULL
}
