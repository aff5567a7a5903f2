package io.debtmeter.ui.wizard;

import io.debtmeter.model.Item;

import java.util.function.Consumer;

/** Shows the wizard's current item now and again each time it moves on; no item yet shows nothing. */
final class CurrentItemFollower {

    private CurrentItemFollower() {
    }

    static void follow(WizardViewModel viewModel, Consumer<Item> show) {
        viewModel.currentProperty().addListener((obs, old, current) -> showItemOf(current, show));
        showItemOf(viewModel.currentProperty().get(), show);
    }

    private static void showItemOf(CurrentItem current, Consumer<Item> show) {
        if (current != null) {
            show.accept(current.item());
        }
    }
}
