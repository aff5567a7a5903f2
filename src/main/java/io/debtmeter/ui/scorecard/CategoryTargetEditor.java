package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.OptionalDouble;

/** Sets a category's target maturity: a number 0..100, Save, or Clear to remove it. */
final class CategoryTargetEditor extends VBox {

    private final ScorecardViewModel viewModel;
    private final Texts texts;
    private final String categoryId;
    private final TargetStatusLabel status;
    private final TextField input = new TextField();
    private final Label summary = new Label();

    CategoryTargetEditor(ScorecardViewModel viewModel, Texts texts, String categoryId, TargetStatusLabel status) {
        super(8);
        this.viewModel = viewModel;
        this.texts = texts;
        this.categoryId = categoryId;
        this.status = status;
        String title = viewModel.categoryTitle(categoryId);
        Label label = new Label(texts.get("scorecard.target.maturity"));
        label.setLabelFor(input);
        label.setMinWidth(Region.USE_PREF_SIZE);
        input.setId("scorecard-target-input");
        input.setPromptText(texts.get("scorecard.target.prompt"));
        input.setAccessibleText(texts.get("scorecard.target.maturity.accessible", title));
        input.setPrefColumnCount(5);
        input.setMinWidth(Region.USE_PREF_SIZE);
        input.setOnAction(event -> save());
        Button save = button("scorecard-target-save", texts.get("scorecard.target.save"),
                texts.get("scorecard.target.save.accessible", title));
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> save());
        Button clear = button("scorecard-target-clear", texts.get("scorecard.target.clear"),
                texts.get("scorecard.target.clear.accessible", title));
        clear.setOnAction(event -> viewModel.targets().saveCategoryTarget(categoryId, OptionalDouble.empty()));
        HBox line = new HBox(10, label, input, save, clear);
        TargetEditorRows.fill(this, line, status, summary, "scorecard-detail-gap", viewModel, texts);
        OptionalDouble current = viewModel.targets().current().forCategory(categoryId);
        if (current.isPresent()) {
            input.setText(AnswerLabel.target(current.getAsDouble()));
        }
        refresh();
    }

    void refresh() {
        viewModel.categoryRow(categoryId).map(row -> CategoryBars.gapText(texts, row)).ifPresent(summary::setText);
    }

    private void save() {
        OptionalDouble target = parse(input.getText());
        if (target.isEmpty()) {
            status.showInvalid(texts.get("scorecard.target.invalid"));
            return;
        }
        viewModel.targets().saveCategoryTarget(categoryId, target);
    }

    /** "75", " 72.5 " or "72,5"; empty when it is no number from 0 to 100. */
    static OptionalDouble parse(String text) {
        try {
            double value = Double.parseDouble(text.trim().replace(',', '.'));
            return value >= 0 && value <= 100 ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static Button button(String id, String text, String accessibleText) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(accessibleText);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
