package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One item as the scorecard's details show it.
 *
 * @param level       the answer as a value of the scale (a practice's level, a litmus option's score);
 *                    empty when not applicable or unanswered
 * @param response    everything recorded: note, evidence, votes ({@link ItemResponse#open} when untouched)
 * @param target      the team's target level, if set
 * @param stepsToGo   scale levels still to climb to the target (see {@link TargetGaps#itemStepsToGo})
 */
public record ItemDetailRow(Item item, Optional<Answer> answer, OptionalDouble level, ItemResponse response,
                            OptionalDouble target, OptionalInt stepsToGo) {

    /** How many people voted; 0 when the team did not vote on this item. */
    public int voteCount() {
        return response.voteCount();
    }

    public boolean targetMet() {
        return stepsToGo.isPresent() && stepsToGo.getAsInt() == 0;
    }
}
