package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.Item;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/** How much of the rubric the score rests on, and the rule that made the number. */
final class CoveragePanel extends VBox {

    CoveragePanel(ScorecardViewModel viewModel, Texts texts) {
        setId("scorecard-coverage");
        getStyleClass().addAll(AppCss.FRAMED_CARD, ScorecardCss.SCREEN.panel());
        ScoreResult result = viewModel.result();
        Coverage coverage = result.coverage();
        Label title = ScorecardCss.SCREEN.panelTitle(texts.get("scorecard.coverage").toUpperCase());

        GridPane counts = new GridPane();
        counts.setHgap(14);
        counts.setVgap(6);
        addCount(counts, 0, "scorecard-answered", coverage.answered(), texts.get("scorecard.answered"), "fill-answered");
        addCount(counts, 1, "scorecard-not-applicable", coverage.notApplicable(), texts.get("scorecard.notApplicable"), "fill-na");
        addCount(counts, 2, "scorecard-unanswered", coverage.unanswered(), texts.get("scorecard.unanswered"), "fill-open");
        if (coverage.dontKnow() > 0) {
            addCount(counts, 3, "scorecard-dont-know", coverage.dontKnow(), texts.get("scorecard.dontKnow"), "fill-dont-know");
        }

        // One bar split in three, in the same order as the counts above it (which carry the meaning).
        HBox split = new HBox();
        split.getStyleClass().add("coverage-bar");
        split.setId("scorecard-coverage-bar");
        addSegment(split, coverage.answered(), coverage.total(), "fill-answered");
        addSegment(split, coverage.dontKnow(), coverage.total(), "fill-dont-know");
        addSegment(split, coverage.notApplicable(), coverage.total(), "fill-na");
        addSegment(split, coverage.unanswered(), coverage.total(), "fill-open");

        Label ruleTitle = ScorecardCss.SCREEN.panelTitle(texts.get("scorecard.rule").toUpperCase());
        Label rule = new Label(ruleText(viewModel, texts, result));
        rule.setId("scorecard-rule");
        rule.setWrapText(true);
        Label direction = new Label(texts.get("scorecard.direction"));
        direction.setId("scorecard-direction");
        direction.setWrapText(true);
        direction.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(title, counts, split);
        List<Item> toFindOut = viewModel.toFindOut();
        if (!toFindOut.isEmpty()) {
            Label findOutTitle = ScorecardCss.SCREEN.panelTitle(texts.get("scorecard.findOut").toUpperCase(Locale.ROOT));
            VBox list = new VBox(4);
            list.setId("scorecard-find-out");
            toFindOut.forEach(item -> {
                Label line = new Label(item.title(), AppIcon.LITMUS.create());
                line.setWrapText(true);
                list.getChildren().add(line);
            });
            getChildren().addAll(findOutTitle, list);
        }
        getChildren().addAll(ruleTitle, rule, direction);
    }

    private static String ruleText(ScorecardViewModel viewModel, Texts texts, ScoreResult result) {
        if (result.rule() == AggregationRule.WEAKEST_CATEGORY) {
            return result.decidingCategory()
                    .map(id -> texts.get("scorecard.rule.weakest.deciding", viewModel.categoryTitle(id),
                            DisplayNumbers.shown(result.category(id).orElseThrow().maturity().getAsDouble())))
                    .orElse(texts.get("scorecard.rule.weakest"));
        }
        return texts.get("scorecard.rule.weighted");
    }

    private static void addCount(GridPane grid, int row, String id, int count, String text, String swatchClass) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", swatchClass);
        swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        swatch.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label number = new Label(String.valueOf(count));
        number.setId(id);
        number.getStyleClass().add(ScorecardCss.VALUE);
        number.setAccessibleText(count + " " + text);
        Label name = new Label(text);
        HBox.setHgrow(name, Priority.ALWAYS);
        grid.addRow(row, swatch, number, name);
        GridPane.setHalignment(number, javafx.geometry.HPos.RIGHT);
    }

    private static void addSegment(HBox split, int count, int total, String styleClass) {
        if (count == 0 || total == 0) {
            return;
        }
        Region segment = new Region();
        segment.getStyleClass().addAll(ScorecardCss.BAR_FILL, styleClass);
        segment.setMinWidth(2);
        segment.prefWidthProperty().bind(split.widthProperty().multiply((double) count / total));
        split.getChildren().add(segment);
        split.setAlignment(Pos.CENTER_LEFT);
    }
}
