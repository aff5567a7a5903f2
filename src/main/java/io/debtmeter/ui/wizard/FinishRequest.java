package io.debtmeter.ui.wizard;

import io.debtmeter.model.Coverage;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Finish button's answer: refused while changes are unsaved, a question first when items are
 * unanswered or unconfirmed, otherwise the assessment is finished at once.
 */
final class FinishRequest {

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final Overlay overlay;
    private final Runnable focusItem;
    private final Consumer<UUID> onFinished;

    FinishRequest(WizardViewModel viewModel, Texts texts, Overlay overlay, Runnable focusItem, Consumer<UUID> onFinished) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.overlay = overlay;
        this.focusItem = focusItem;
        this.onFinished = onFinished;
    }

    void request() {
        viewModel.saveDrafts();
        if (viewModel.saving().hasUnsavedChanges()) {
            showMessage("wizard-finish-blocked", texts.get("wizard.finish.blocked"));
            return;
        }
        Coverage coverage = viewModel.progress().coverageProperty().get();
        int unconfirmed = viewModel.progress().unconfirmedCountProperty().get();
        if (coverage.unanswered() == 0 && unconfirmed == 0) {
            finish();
            return;
        }
        FinishContent content = new FinishContent(texts, coverage.unanswered(), unconfirmed, () -> {
            overlay.close();
            finish();
        }, overlay::close);
        overlay.show("wizard-finish-dialog", content, focusItem);
        content.focusCancel();
    }

    private void finish() {
        viewModel.finishing().finish(() -> onFinished.accept(viewModel.assessmentId()));
    }

    private void showMessage(String id, String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        Button ok = new Button(texts.get("wizard.overlay.close"));
        ok.setId(id + "-close");
        ok.setAccessibleText(texts.get("wizard.overlay.close"));
        ok.setOnAction(event -> overlay.close());
        overlay.show(id, new VBox(14, text, ok), focusItem);
        ok.requestFocus();
    }
}
