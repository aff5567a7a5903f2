package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Beside the item: its level in the team's previous assessment, and the team's still-open actions
 * on it from earlier quarters, each closed with one click.
 */
final class HistoryPanel extends VBox {

    private final WizardViewModel viewModel;
    private final ActionsState actions;
    private final Texts texts;
    private final AnswerText answerText;
    private final Label previousTitle = new Label();
    private final Label previous = new Label();
    private final VBox openActions = new VBox(8);
    private final Label actionsTitle = new Label();

    HistoryPanel(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.actions = viewModel.actions();
        this.texts = texts;
        this.answerText = new AnswerText(texts);
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-history");
        getStyleClass().add(WizardCss.SCREEN.panel());
        previousTitle.getStyleClass().add(WizardCss.SCREEN.panelTitle());
        previousTitle.setGraphic(WizardIcon.CARRIED_OVER.create());
        previous.setId("wizard-previous");
        previous.getStyleClass().add(WizardCss.BIG_ANSWER);
        previous.setWrapText(true);
        actionsTitle.setText(texts.get("wizard.history.openActions").toUpperCase());
        actionsTitle.getStyleClass().add(WizardCss.SCREEN.panelTitle());
        actionsTitle.setWrapText(true);
        previousTitle.setWrapText(true);
        openActions.setId("wizard-earlier-actions");
        getChildren().addAll(previousTitle, previous, actionsTitle, openActions);
    }

    private void initListeners() {
        viewModel.currentProperty().addListener((obs, old, current) -> showPrevious(current));
        actions.earlierOpenActions().addListener((ListChangeListener<ActionItem>) change -> showActions());
        viewModel.readOnlyProperty().addListener((obs, old, readOnly) -> showActions());
        showPrevious(viewModel.currentProperty().get());
        showActions();
    }

    private void showPrevious(WizardViewModel.CurrentItem current) {
        if (current == null) {
            return;
        }
        if (current.previous().isEmpty()) {
            previousTitle.setText(texts.get("wizard.history.lastTime").toUpperCase());
            previous.setText(texts.get("wizard.history.none"));
            previous.getStyleClass().add(Styles.TEXT_MUTED);
            return;
        }
        PreviousAnswer answer = current.previous().get();
        previous.getStyleClass().remove(Styles.TEXT_MUTED);
        previousTitle.setText(texts.get("wizard.history.lastTimeIn", answer.period()).toUpperCase());
        previous.setText(answerText.of(current.item(), viewModel.rubric().scale(), answer.answer()));
    }

    private void showActions() {
        openActions.getChildren().clear();
        boolean none = actions.earlierOpenActions().isEmpty();
        actionsTitle.setVisible(!none);
        actionsTitle.setManaged(!none);
        for (ActionItem action : actions.earlierOpenActions()) {
            openActions.getChildren().add(row(action));
        }
    }

    /** Stacked (text, who and when, then the button) because the side column is narrow, more so in presenter mode. */
    private VBox row(ActionItem action) {
        Label text = new Label(action.text());
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        Label meta = new Label(ActionText.meta(action, texts));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        VBox row = new VBox(6, text, meta);
        row.getStyleClass().add(WizardCss.ACTION_ROW);
        row.setId("earlier-action-" + action.id());
        if (action.isOpen()) {
            Button done = new Button(texts.get("wizard.action.done"), WizardIcon.DONE.create());
            done.setId("action-done-" + action.id());
            done.setAccessibleText(texts.get("wizard.action.done.accessible", action.text()));
            done.getStyleClass().add(Styles.SUCCESS);
            done.setMinWidth(Button.USE_PREF_SIZE);
            done.setDisable(viewModel.readOnlyProperty().get());
            done.setOnAction(event -> actions.setActionStatus(action, ActionStatus.DONE));
            row.getChildren().add(done);
        } else {
            Label status = new Label(texts.get("wizard.action.status." + action.status().name()),
                    (action.status() == ActionStatus.DONE ? WizardIcon.DONE : WizardIcon.DROP).create());
            status.setId("action-status-" + action.id());
            status.setMinWidth(Label.USE_PREF_SIZE);
            row.getChildren().add(status);
        }
        return row;
    }
}
