package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemScore;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where to start paying down: the weakest categories and items, lowest first (docs/scoring.md, section 8),
 * with how many people voted on each item. Every line opens its detail.
 */
final class WeakestPanel extends HBox {

    WeakestPanel(ScorecardViewModel viewModel, Texts texts, DetailOpener opener) {
        super(16);
        setId("scorecard-weakest");
        ScoreResult result = viewModel.result();

        VBox categories = panel(texts.get("scorecard.weakestCategories"));
        categories.setId("scorecard-weakest-categories");
        for (CategoryScore score : result.weakestCategories()) {
            String title = viewModel.categoryTitle(score.categoryId());
            String value = DisplayNumbers.shown(score.maturity().getAsDouble());
            HBox line = line(title, value, null);
            line.setId("scorecard-weakest-category-" + score.categoryId());
            Clickable.make(line, texts.get("scorecard.maturity.accessible", title, value) + ". "
                    + texts.get("scorecard.openDetail"), () -> opener.openCategory(score.categoryId()));
            categories.getChildren().add(line);
        }
        VBox items = panel(texts.get("scorecard.weakestItems"));
        items.setId("scorecard-weakest-items");
        for (ItemScore score : result.weakestItems()) {
            Item item = viewModel.item(score.itemId()).orElseThrow();
            String answer = AnswerLabel.of(texts, viewModel.rubric(), item, viewModel.answerOf(item.id()));
            var spread = viewModel.voteSpread(item.id());
            Region voteChip = spread.map(s -> (Region) DetailParts.votes(texts, s, "scorecard-votes-" + item.id())).orElse(null);
            HBox line = line(item.title() + "  \u00b7  " + viewModel.categoryTitle(item.categoryId()), answer, voteChip);
            line.setId("scorecard-weakest-item-" + item.id());
            String spoken = texts.get("scorecard.item.accessible", item.title(), answer)
                    + spread.map(s -> " " + AnswerLabel.votes(texts, s.total()) + "."
                            + (s.discuss() ? " " + texts.get("scorecard.discuss.accessible", s.span()) + "." : "")).orElse("");
            Clickable.make(line, spoken, () -> opener.openItem(item.id()));
            items.getChildren().add(line);
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
        Label label = ScorecardCss.SCREEN.panelTitle(title.toUpperCase());
        VBox box = new VBox(8, label);
        box.getStyleClass().addAll(AppCss.FRAMED_CARD, ScorecardCss.SCREEN.panel());
        return box;
    }

    /** @param votes the vote chips beside a vote-based item, or null */
    private static HBox line(String name, String value, Region votes) {
        Label nameLabel = new Label(name);
        nameLabel.setWrapText(true);
        nameLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(nameLabel, Priority.ALWAYS);
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add(Styles.TEXT_BOLD);
        valueLabel.setWrapText(true);
        valueLabel.setMaxWidth(260);
        HBox line = new HBox(12, nameLabel);
        if (votes != null) {
            votes.setMinWidth(Region.USE_PREF_SIZE);
            votes.setMaxWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(votes);
        }
        line.getChildren().add(valueLabel);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add(ScorecardCss.ROW);
        return line;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
