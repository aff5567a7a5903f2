package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.CommandText;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Under the header, only when something needs attention: an answer someone else changed too (keep
 * theirs or mine), a save that failed (with Retry) or waits for the server, a finish or reopen the
 * store refused, a load error, or a final assessment (with Reopen).
 */
final class StatusBanner extends VBox {

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final HBox saveFailed = new HBox(10);
    private final Label saveFailedText = new Label();
    private final Label problem = new Label();
    private final HBox readOnly = new HBox(10);

    StatusBanner(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-status");
        getStyleClass().add("wizard-status");
        saveFailedText.setId("wizard-save-error");
        saveFailedText.setWrapText(true);
        saveFailedText.setGraphic(AppIcon.UNSAVED.create());
        HBox.setHgrow(saveFailedText, Priority.ALWAYS);
        saveFailedText.setMaxWidth(Double.MAX_VALUE);
        Button retry = new Button(texts.get("wizard.retry"), AppIcon.RETRY.create());
        retry.setId("wizard-retry");
        retry.setAccessibleText(texts.get("wizard.retry"));
        retry.setMinWidth(Button.USE_PREF_SIZE);
        retry.setOnAction(event -> viewModel.saving().retrySaving());
        saveFailed.getChildren().addAll(saveFailedText, retry);
        saveFailed.getStyleClass().addAll(WizardCss.BANNER, "banner-danger");
        saveFailed.setAlignment(Pos.CENTER_LEFT);

        problem.setId("wizard-problem");
        problem.setWrapText(true);
        problem.setGraphic(AppIcon.WARNING.create());
        problem.getStyleClass().addAll(WizardCss.BANNER, "banner-danger");
        problem.setMaxWidth(Double.MAX_VALUE);

        Label finalText = new Label(texts.get("wizard.readOnly"), AppIcon.LOCK.create());
        finalText.setWrapText(true);
        finalText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(finalText, Priority.ALWAYS);
        Button reopen = CommandText.button(texts, "wizard-reopen", "wizard.reopen", AppIcon.REOPEN.create());
        reopen.getStyleClass().add(Styles.ACCENT);
        reopen.setMinWidth(Button.USE_PREF_SIZE);
        reopen.setOnAction(event -> viewModel.finishing().reopen());
        readOnly.getChildren().addAll(finalText, reopen);
        readOnly.getStyleClass().addAll(WizardCss.BANNER, "banner-info");
        readOnly.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(new ConflictBanner(viewModel.sharing(), viewModel::rubric, texts), saveFailed, problem,
                readOnly);
    }

    private void initListeners() {
        viewModel.saving().saveErrorProperty().addListener((obs, old, error) -> refresh());
        viewModel.saving().saveStateProperty().addListener((obs, old, state) -> refresh());
        viewModel.sharing().conflictProperty().addListener((obs, old, conflict) -> refresh());
        viewModel.finishing().problemProperty().addListener((obs, old, text) -> refresh());
        viewModel.loadErrorProperty().addListener((obs, old, text) -> refresh());
        viewModel.assessmentProperty().addListener((obs, old, assessment) -> refresh());
        viewModel.readOnlyProperty().addListener((obs, old, value) -> refresh());
        refresh();
    }

    private void refresh() {
        SaveState state = viewModel.saving().saveStateProperty().get();
        // While a conflict is asked about, its banner says why the answer is not saved.
        boolean failed = (state == SaveState.FAILED || state == SaveState.RECONNECTING)
                && viewModel.sharing().conflictProperty().get() == null;
        saveFailedText.setText(texts.get(state == SaveState.RECONNECTING ? "wizard.reconnecting" : "wizard.saveFailed",
                viewModel.saving().saveErrorProperty().get()));
        show(saveFailed, failed);
        String loadError = viewModel.loadErrorProperty().get();
        String problemText = !loadError.isEmpty() ? texts.get("wizard.loadError", loadError) : viewModel.finishing().problemProperty().get();
        problem.setText(problemText);
        show(problem, !problemText.isEmpty());
        var assessment = viewModel.assessmentProperty().get();
        show(readOnly, assessment != null && assessment.isFinal());
        // Read-only without being final: the database itself was opened for reading only.
        if (problemText.isEmpty() && assessment != null && !assessment.isFinal() && viewModel.readOnlyProperty().get()) {
            problem.setText(texts.get("wizard.storeReadOnly"));
            show(problem, true);
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
