package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.VotingChoice;
import io.debtmeter.core.voting.VotingItem;

import java.util.List;

/** Rubric items as the wizard would show them: a four-level scale, then N/A and "don't know". */
final class TestItems {

    static final List<VotingChoice> CHOICES = List.of(
            new VotingChoice("0", "0", "Nothing", "No one has thought about it yet."),
            new VotingChoice("1", "1", "Ad hoc", "Some people do it, when they remember."),
            new VotingChoice("2", "2", "Written rule", "The team wrote down how it is done and mostly follows it."),
            new VotingChoice("3", "3", "Automated", "A pipeline checks it on every change."),
            new VotingChoice(VotingChoice.NOT_APPLICABLE, "", "N/A", ""),
            new VotingChoice(VotingChoice.DONT_KNOW, "", "Don't know", ""));

    static final List<String> KEYS = CHOICES.stream().map(VotingChoice::key).toList();

    private TestItems() {
    }

    static VotingItem item(int number) {
        return new VotingItem("item-" + number, "Item " + number + " of 30", "Practice number " + number,
                "How does the team handle practice " + number + " today?", CHOICES);
    }
}
