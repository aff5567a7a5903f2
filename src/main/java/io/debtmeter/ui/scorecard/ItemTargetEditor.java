package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.scorecard.ItemDetailRow;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Sets an item's target level: one of the scale's levels (for a litmus question, one of its options,
 * stored as the option's score on the scale), or no target.
 */
final class ItemTargetEditor extends VBox {

    /** One entry of the drop-down; its text is what the list shows. */
    record Choice(OptionalDouble level, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ScorecardViewModel viewModel;
    private final Texts texts;
    private final String itemId;
    private final ComboBox<Choice> levels = new ComboBox<>();
    private final Label summary = new Label();

    ItemTargetEditor(ScorecardViewModel viewModel, Texts texts, Item item, TargetStatusLabel status) {
        super(8);
        this.viewModel = viewModel;
        this.texts = texts;
        this.itemId = item.id();
        Label label = new Label(texts.get("scorecard.target.level"));
        label.setLabelFor(levels);
        label.setMinWidth(Region.USE_PREF_SIZE);
        levels.setId("scorecard-item-target");
        levels.setAccessibleText(texts.get("scorecard.target.level.accessible", item.title()));
        levels.getItems().setAll(choices(viewModel.rubric(), item));
        OptionalDouble current = viewModel.targets().current().forItem(itemId);
        levels.getSelectionModel().select(levels.getItems().stream()
                .filter(choice -> choice.level().equals(current)).findFirst().orElse(levels.getItems().get(0)));
        levels.setMaxWidth(520);
        Button save = new Button(texts.get("scorecard.target.save"));
        save.setId("scorecard-item-target-save");
        save.setAccessibleText(texts.get("scorecard.target.save.accessible", item.title()));
        save.getStyleClass().add(Styles.ACCENT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(event -> viewModel.targets().saveItemTarget(itemId, levels.getValue().level()));
        HBox line = new HBox(10, label, levels, save);
        TargetEditorRows.fill(this, line, status, summary, "scorecard-item-target-summary", viewModel, texts);
        refresh();
    }

    void refresh() {
        viewModel.itemRow(itemId).ifPresent(row -> summary.setText(targetText(texts, viewModel.rubric(), row)));
    }

    /** "Target 3 · Routine · 1 step to go", "Target 4 · … · met", "Target …", or "No target set". */
    static String targetText(Texts texts, Rubric rubric, ItemDetailRow row) {
        if (row.target().isEmpty()) {
            return texts.get("scorecard.target.none");
        }
        String target = AnswerLabel.level(texts, rubric, row.item(), row.target().getAsDouble());
        if (row.stepsToGo().isEmpty()) {
            return texts.get("scorecard.target.only", target);
        }
        return row.targetMet() ? texts.get("scorecard.target.met", target)
                : texts.get("scorecard.item.target.steps", target, row.stepsToGo().getAsInt());
    }

    private List<Choice> choices(Rubric rubric, Item item) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(OptionalDouble.empty(), texts.get("scorecard.target.noLevel")));
        if (item.kind() == ItemKind.LITMUS) {
            // Options sharing a score would be the same target: offer each score once.
            item.options().stream().map(AnswerOption::score).distinct().forEach(score ->
                    choices.add(new Choice(OptionalDouble.of(score), AnswerLabel.level(texts, rubric, item, score))));
        } else {
            // The levels the practice describes: the store accepts exactly those.
            for (LevelDescriptor level : item.levels()) {
                choices.add(new Choice(OptionalDouble.of(level.value()), AnswerLabel.level(texts, rubric, item, level.value())));
            }
        }
        return choices;
    }
}
