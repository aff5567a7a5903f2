package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Category;
import io.debtmeter.model.Item;

import java.util.List;
import java.util.Optional;

/** The item on screen and what belongs to it but does not change while it is shown. */
public record CurrentItem(Item item, Category category, int index, int total, List<AnswerChoice> choices,
                          Optional<PreviousAnswer> previous) {

    /** The answer a digit key gives on this item (see {@link AnswerChoice#digit()}), if the digit names one. */
    public Optional<Answer> answerForDigit(int digit) {
        return AnswerChoice.forDigit(choices, digit).map(AnswerChoice::answer);
    }
}
