package io.debtmeter.ui.wizard;

import io.debtmeter.model.Item;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The item's title and its question in large type. Why it matters comes below the answer cards
 * ({@link WhyPanel}), so on a 1280x800 projector the cards start above the fold.
 */
final class QuestionPane extends VBox {

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final Label title = wrapped("wizard-item-title", WizardCss.ITEM_TITLE);
    private final Label question = wrapped("wizard-question", WizardCss.QUESTION);

    QuestionPane(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-question-pane");
        getStyleClass().add("wizard-question-pane");
        getChildren().addAll(title, question);
    }

    private void initListeners() {
        CurrentItemFollower.follow(viewModel, this::show);
    }

    private void show(Item item) {
        title.setText(item.title());
        question.setText(item.question());
    }

    private static Label wrapped(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
