package io.debtmeter.ui.wizard;

import io.debtmeter.core.voting.VotingChoice;
import io.debtmeter.core.voting.VotingItem;
import io.debtmeter.ui.common.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * What the phones are shown of the item on screen: its title, question and answers, nothing else (no
 * note, no earlier answer, no team). Levels and options keep their vote keys, so a revealed tally drops
 * straight into the item's votes; "not applicable" and "don't know" come last, as on the cards.
 */
final class VotingItems {

    private VotingItems() {
    }

    static VotingItem of(CurrentItem current, Texts texts) {
        List<VotingChoice> choices = new ArrayList<>();
        for (AnswerChoice choice : current.choices()) {
            choices.add(new VotingChoice(choice.voteKey(), choice.number(), choice.label(), choice.descriptor()));
        }
        choices.add(new VotingChoice(VotingChoice.NOT_APPLICABLE, "", texts.get("wizard.notApplicable"), ""));
        choices.add(new VotingChoice(VotingChoice.DONT_KNOW, "", texts.get("wizard.dontKnow"), ""));
        String position = texts.get("wizard.position.accessible", current.index() + 1, current.total());
        return new VotingItem(current.item().id(), position, current.item().title(), current.item().question(), choices);
    }
}
