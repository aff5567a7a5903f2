package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.Category;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Maturity per category as a bar and a number (higher is better), with what each rests on. */
final class CategoryBars extends VBox {

    CategoryBars(ScorecardViewModel viewModel, Texts texts) {
        setId("scorecard-categories");
        getStyleClass().add(ScorecardCss.PANEL);
        ScoreResult result = viewModel.result();
        Label title = new Label(texts.get("scorecard.categories").toUpperCase());
        title.getStyleClass().add(ScorecardCss.PANEL_TITLE);
        Label hint = new Label(texts.get("scorecard.categories.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(28);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(60);
        ColumnConstraints coverage = new ColumnConstraints();
        coverage.setMinWidth(200);
        grid.getColumnConstraints().addAll(name, bar, value, coverage);
        int row = 0;
        for (Category category : viewModel.rubric().categories()) {
            CategoryScore score = result.category(category.id()).orElseThrow();
            boolean deciding = result.decidingCategory().filter(category.id()::equals).isPresent();
            Label categoryName = new Label(deciding ? texts.get("scorecard.deciding", category.title()) : category.title());
            categoryName.setWrapText(true);
            if (deciding) {
                categoryName.getStyleClass().add(Styles.TEXT_BOLD);
            }
            double maturity = score.maturity().orElse(0);
            Label number = new Label(score.isScored() ? AnswerLabel.number(maturity) : "\u2014");
            number.setId("scorecard-maturity-" + category.id());
            number.getStyleClass().add(ScorecardCss.VALUE);
            number.setAccessibleText(score.isScored() ? texts.get("scorecard.maturity.accessible", category.title(), number.getText())
                    : texts.get("scorecard.notScored.accessible", category.title()));
            Label counts = new Label(coverageText(texts, score.coverage()));
            counts.getStyleClass().add(Styles.TEXT_MUTED);
            grid.addRow(row++, categoryName, Bars.bar(maturity / 100.0, "fill-maturity"), number, counts);
        }
        getChildren().addAll(title, hint, grid);
    }

    private static String coverageText(Texts texts, Coverage coverage) {
        String text = texts.get("scorecard.category.answered", coverage.answered(), coverage.total());
        if (coverage.notApplicable() > 0) {
            text += " \u00b7 " + texts.get("scorecard.category.na", coverage.notApplicable());
        }
        if (coverage.unanswered() > 0) {
            text += " \u00b7 " + texts.get("scorecard.category.open", coverage.unanswered());
        }
        return text;
    }
}
