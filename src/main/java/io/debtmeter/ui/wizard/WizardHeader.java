package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.Assessment;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.CommandText;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Top of the wizard: where we are (category, "7 / 30", a progress bar of settled items, team and
 * period), whether the last change is saved, and the wizard's commands.
 */
final class WizardHeader extends VBox {

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final Label category = new Label();
    private final Label position = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label settled = new Label();
    private final Label team = new Label();
    private final Label saveState = new Label();
    final Button close = new Button();
    final Button find = new Button();
    final Button help = new Button();
    final Button voting = new Button();
    final ToggleButton presenter = new ToggleButton();
    final Button finish = new Button();

    WizardHeader(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-header");
        getStyleClass().add(WizardCss.SCREEN.header());
        command(close, "wizard-close", AppIcon.BACK, "wizard.close");
        close.getStyleClass().add(Styles.FLAT);
        command(find, "wizard-find", AppIcon.SEARCH, "wizard.find");
        command(help, "wizard-help", AppIcon.KEYS, "wizard.help");
        command(voting, "wizard-voting", AppIcon.PHONE_VOTING, "wizard.voting");
        presenter.setId("wizard-presenter");
        presenter.setText(texts.get("wizard.presenter"));
        presenter.setGraphic(AppIcon.PRESENTER.create());
        presenter.setAccessibleText(texts.get("wizard.presenter.accessible"));
        presenter.setFocusTraversable(false);
        command(finish, "wizard-finish", AppIcon.FINISH, "wizard.finish");
        finish.getStyleClass().add(Styles.ACCENT);

        category.setId("wizard-category");
        category.getStyleClass().add(WizardCss.CATEGORY);
        category.setMinWidth(0);
        saveState.setId("wizard-save-state");
        saveState.getStyleClass().add("save-state");
        saveState.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, close, category, spacer, saveState, find, help, voting, presenter, finish);
        top.setAlignment(Pos.CENTER_LEFT);

        position.setId("wizard-position");
        position.getStyleClass().add("wizard-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("wizard-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add(Styles.MEDIUM);
        HBox.setHgrow(progress, Priority.ALWAYS);
        settled.setId("wizard-settled");
        settled.getStyleClass().add(Styles.TEXT_MUTED);
        settled.setMinWidth(Region.USE_PREF_SIZE);
        team.setId("wizard-team");
        team.getStyleClass().add("wizard-team");
        team.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(12, position, progress, settled, team);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, bottom);
    }

    private void command(Button button, String id, AppIcon icon, String key) {
        CommandText.apply(button, texts, id, key, icon.create());
        button.setMinWidth(Region.USE_PREF_SIZE);
        // Commands are reached by their shortcuts; Tab stays with the item's controls.
        button.setFocusTraversable(false);
    }

    private void initListeners() {
        viewModel.currentProperty().addListener((obs, old, current) -> showPosition());
        viewModel.progress().settledCountProperty().addListener((obs, old, count) -> showPosition());
        viewModel.assessmentProperty().addListener((obs, old, assessment) -> showTeam(assessment));
        viewModel.saving().saveStateProperty().addListener((obs, old, state) -> showSaveState(state));
        viewModel.readOnlyProperty().addListener((obs, old, readOnly) -> {
            finish.setDisable(readOnly);
            voting.setDisable(readOnly);
        });
        finish.setDisable(viewModel.readOnlyProperty().get());
        voting.setDisable(viewModel.readOnlyProperty().get());
        showPosition();
        showTeam(viewModel.assessmentProperty().get());
        showSaveState(viewModel.saving().saveStateProperty().get());
    }

    private void showPosition() {
        CurrentItem current = viewModel.currentProperty().get();
        if (current == null) {
            return;
        }
        category.setText(current.category().title().toUpperCase());
        position.setText(texts.get("wizard.position", current.index() + 1, current.total()));
        position.setAccessibleText(texts.get("wizard.position.accessible", current.index() + 1, current.total()));
        int done = viewModel.progress().settledCountProperty().get();
        progress.setProgress((double) done / current.total());
        settled.setText(texts.get("wizard.settled", done, current.total()));
        progress.setAccessibleText(settled.getText());
    }

    private void showTeam(Assessment assessment) {
        if (assessment != null) {
            team.setText(texts.get("wizard.team", viewModel.teamName(), assessment.period()));
        }
    }

    private void showSaveState(SaveState state) {
        saveState.setText(state == SaveState.IDLE ? "" : texts.get("wizard.save." + state.name()));
        saveState.setGraphic(switch (state) {
            case SAVED -> AppIcon.SAVED.create();
            case SAVING, EDITING -> AppIcon.SAVING.create();
            case FAILED, RECONNECTING -> AppIcon.UNSAVED.create();
            case IDLE -> null;
        });
        saveState.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"),
                state == SaveState.FAILED || state == SaveState.RECONNECTING);
    }
}
