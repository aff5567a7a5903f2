package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Above the side tabs, always in view, on one line where it fits so the tabs keep the height: the
 * item's level in the team's previous assessment. An item
 * that assessment did not have (new since, or another rubric) says so rather than "not answered".
 */
final class HistoryPanel extends HBox {

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final AnswerText answerText;
    private final Label previousTitle = new Label();
    private final Label previous = new Label();

    HistoryPanel(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.answerText = new AnswerText(texts);
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-history");
        getStyleClass().addAll(AppCss.FRAMED_CARD, WizardCss.SCREEN.panel(), WizardCss.HISTORY);
        previousTitle.setId("wizard-previous-title");
        previousTitle.getStyleClass().add(WizardCss.SCREEN.panelTitle());
        previousTitle.setGraphic(AppIcon.CARRIED_OVER.create());
        previousTitle.setWrapText(true);
        previous.setId("wizard-previous");
        previous.getStyleClass().add(WizardCss.BIG_ANSWER);
        previous.setWrapText(true);
        previous.setMinWidth(0);
        previousTitle.setMinWidth(Label.USE_PREF_SIZE);
        HBox.setHgrow(previous, Priority.ALWAYS);
        // Top, not baseline: a baseline row sizes itself for one line of a wrapping answer and cuts the rest.
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(previousTitle, previous);
    }

    private void initListeners() {
        viewModel.currentProperty().addListener((obs, old, current) -> showPrevious(current));
        showPrevious(viewModel.currentProperty().get());
    }

    private void showPrevious(CurrentItem current) {
        if (current == null) {
            return;
        }
        previous.getStyleClass().remove(Styles.TEXT_MUTED);
        if (current.previous().isEmpty()) {
            previousTitle.setText(texts.get("wizard.history.lastTime").toUpperCase());
            previous.setText(texts.get("wizard.history.none"));
            previous.getStyleClass().add(Styles.TEXT_MUTED);
            return;
        }
        PreviousAnswer answer = current.previous().get();
        if (!answer.asked()) {
            previousTitle.setText(texts.get("wizard.history.lastTime").toUpperCase());
            previous.setText(texts.get("wizard.history.notAsked", answer.period()));
            previous.getStyleClass().add(Styles.TEXT_MUTED);
            return;
        }
        previousTitle.setText(texts.get("wizard.history.lastTimeIn", answer.period()).toUpperCase());
        previous.setText(answerText.of(current.item(), viewModel.rubric().scale(), answer.answer()));
    }
}
