package io.debtmeter.ui.scorecard;

import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The rows both target editors show, so a category's and an item's target read and lock alike. */
final class TargetEditorRows {

    private TargetEditorRows() {
    }

    /**
     * Fills the editor with its input line, the save status and the gap summary; for a reader who
     * may not set targets the line is disabled, with a note saying why.
     */
    static void fill(VBox editor, HBox line, TargetStatusLabel status, Label summary, String summaryId,
                     ScorecardViewModel viewModel, Texts texts) {
        line.setAlignment(Pos.CENTER_LEFT);
        summary.setId(summaryId);
        summary.getStyleClass().add(ScorecardCss.GAP);
        summary.setWrapText(true);
        editor.getChildren().addAll(line, status, summary);
        if (!viewModel.canSetTargets()) {
            line.setDisable(true);
            Label readOnly = new Label(texts.get("scorecard.target.readOnly"));
            readOnly.setWrapText(true);
            editor.getChildren().add(readOnly);
        }
    }
}
