package io.debtmeter.ui.wizard;

import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.voting.PhoneVoting;

/**
 * Ties phone voting to the wizard: phones follow the item on screen, and a revealed tally becomes the
 * item's votes, saved through the wizard like typed votes (so "saved" shows only once it is stored).
 * Voting closes when the assessment becomes read-only (finished).
 */
final class PhoneVotingLink {

    private PhoneVotingLink() {
    }

    static void connect(WizardViewModel viewModel, PhoneVoting voting, Texts texts) {
        viewModel.currentProperty().addListener((obs, old, current) -> {
            if (current != null) {
                voting.show(VotingItems.of(current, texts));
            }
        });
        if (viewModel.currentProperty().get() != null) {
            voting.show(VotingItems.of(viewModel.currentProperty().get(), texts));
        }
        voting.setOnRevealed(tally -> {
            CurrentItem current = viewModel.currentProperty().get();
            if (current != null && current.item().id().equals(tally.itemId())) {
                viewModel.votes().replaceVotes(tally.counts());
            }
        });
        viewModel.readOnlyProperty().addListener((obs, old, readOnly) -> {
            if (readOnly) {
                voting.close();
            }
        });
    }
}
