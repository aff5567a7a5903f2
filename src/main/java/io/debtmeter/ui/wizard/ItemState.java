package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;

/** Where one item stands in the walk-through, as the sidebar shows it. */
public enum ItemState {
    /** No answer yet. */
    OPEN,
    /** No answer yet, and the votes lie two or more levels apart. */
    DISCUSS,
    /** Copied from the previous assessment; the team has not confirmed it. */
    CARRIED_OVER,
    NOT_APPLICABLE,
    /** Nobody could tell: scored at the lowest level, and on the list to find out before next quarter. */
    DONT_KNOW,
    ANSWERED;

    public static ItemState of(ItemResponse response, VoteSpread votes) {
        if (response.carriedOver() && response.answer().isPresent()) {
            return CARRIED_OVER;
        }
        if (response.answer().isEmpty()) {
            return votes.discuss() ? DISCUSS : OPEN;
        }
        if (response.answer().get() instanceof Answer.DontKnow) {
            return DONT_KNOW;
        }
        return response.answer().get() instanceof Answer.NotApplicable ? NOT_APPLICABLE : ANSWERED;
    }

    /** Settled items need nothing more from the team. */
    public boolean isSettled() {
        return this == ANSWERED || this == NOT_APPLICABLE || this == DONT_KNOW;
    }
}
