package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemScore;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Where to start paying down: the weakest categories and items, lowest first (docs/scoring.md, section 8). */
final class WeakestPanel extends HBox {

    WeakestPanel(ScorecardViewModel viewModel, Texts texts) {
        super(16);
        setId("scorecard-weakest");
        ScoreResult result = viewModel.result();

        VBox categories = panel(texts.get("scorecard.weakestCategories"));
        categories.setId("scorecard-weakest-categories");
        for (CategoryScore score : result.weakestCategories()) {
            categories.getChildren().add(line(viewModel.categoryTitle(score.categoryId()),
                    AnswerLabel.number(score.maturity().getAsDouble())));
        }
        VBox items = panel(texts.get("scorecard.weakestItems"));
        items.setId("scorecard-weakest-items");
        for (ItemScore score : result.weakestItems()) {
            Item item = viewModel.item(score.itemId()).orElseThrow();
            String answer = AnswerLabel.of(texts, viewModel.rubric(), item, viewModel.answerOf(item.id()));
            items.getChildren().add(line(item.title() + "  \u00b7  " + viewModel.categoryTitle(item.categoryId()), answer));
        }
        if (result.weakestCategories().isEmpty()) {
            categories.getChildren().add(muted(texts.get("scorecard.nothingScored")));
            items.getChildren().add(muted(texts.get("scorecard.nothingScored")));
        } else if (result.weakestItems().isEmpty()) {
            items.getChildren().add(muted(texts.get("scorecard.noWeakItems")));
        }
        HBox.setHgrow(categories, Priority.ALWAYS);
        HBox.setHgrow(items, Priority.ALWAYS);
        categories.setMaxWidth(Double.MAX_VALUE);
        items.setMaxWidth(Double.MAX_VALUE);
        categories.setPrefWidth(300);
        items.setPrefWidth(500);
        getChildren().addAll(categories, items);
    }

    private static VBox panel(String title) {
        Label label = new Label(title.toUpperCase());
        label.getStyleClass().add(ScorecardCss.PANEL_TITLE);
        VBox box = new VBox(8, label);
        box.getStyleClass().add(ScorecardCss.PANEL);
        return box;
    }

    private static HBox line(String name, String value) {
        Label nameLabel = new Label(name);
        nameLabel.setWrapText(true);
        nameLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(nameLabel, Priority.ALWAYS);
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add(Styles.TEXT_BOLD);
        valueLabel.setWrapText(true);
        valueLabel.setMaxWidth(260);
        HBox line = new HBox(12, nameLabel, valueLabel);
        line.getStyleClass().add(ScorecardCss.ROW);
        return line;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
