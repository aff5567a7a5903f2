package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** In the Actions tab, above this quarter's: the team's still-open actions on the item from earlier quarters, each closed with one click. */
final class EarlierActionsPanel extends VBox {

    private final WizardViewModel viewModel;
    private final ActionsState actions;
    private final Texts texts;
    private final VBox openActions = new VBox(8);

    EarlierActionsPanel(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.actions = viewModel.actions();
        this.texts = texts;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("earlier-actions");
        Label actionsTitle = WizardCss.SCREEN.panelTitle(texts.get("wizard.history.openActions").toUpperCase(), AppIcon.CARRIED_OVER.create());
        actionsTitle.setWrapText(true);
        openActions.setId("wizard-earlier-actions");
        getChildren().addAll(actionsTitle, openActions);
    }

    private void initListeners() {
        actions.earlierOpenActions().addListener((ListChangeListener<ActionItem>) change -> showActions());
        viewModel.readOnlyProperty().addListener((obs, old, readOnly) -> showActions());
        showActions();
    }

    private void showActions() {
        openActions.getChildren().clear();
        boolean none = actions.earlierOpenActions().isEmpty();
        setVisible(!none);
        setManaged(!none);
        for (ActionItem action : actions.earlierOpenActions()) {
            openActions.getChildren().add(row(action));
        }
    }

    /** Text, who and when, with the button beside them: the tab's height is kept for the lines. */
    private HBox row(ActionItem action) {
        Label text = new Label(action.text());
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        Label meta = new Label(ActionText.meta(action, texts));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        VBox words = new VBox(4, text, meta);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(8, words);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(WizardCss.ACTION_ROW);
        row.setId("earlier-action-" + action.id());
        if (action.isOpen()) {
            Button done = new Button(texts.get("wizard.action.done"), AppIcon.CHECK.create());
            done.setId("action-done-" + action.id());
            done.setAccessibleText(texts.get("wizard.action.done.accessible", action.text()));
            done.getStyleClass().add(Styles.SUCCESS);
            done.setMinWidth(Button.USE_PREF_SIZE);
            done.setDisable(viewModel.readOnlyProperty().get());
            done.setOnAction(event -> actions.setActionStatus(action, ActionStatus.DONE));
            row.getChildren().add(done);
        } else {
            Label status = new Label(texts.get("wizard.action.status." + action.status().name()),
                    (action.status() == ActionStatus.DONE ? AppIcon.CHECK : AppIcon.DROP).create());
            status.setId("action-status-" + action.id());
            status.setMinWidth(Label.USE_PREF_SIZE);
            row.getChildren().add(status);
        }
        return row;
    }
}
