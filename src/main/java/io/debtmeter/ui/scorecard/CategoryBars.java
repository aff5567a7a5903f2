package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.scorecard.CategoryChartRow;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.Coverage;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Maturity per category as a chart of horizontal bars (higher is better; bars read better than a
 * radar on a projector), each coloured and labelled by the grade band of its debt, with the team's
 * target as a marker and the gap written beside it. A row opens the category's detail.
 */
final class CategoryBars extends VBox {

    /** Fixed widths keep every bar starting and ending at the same place. */
    private static final double NAME_WIDTH = 250;
    private static final double INFO_WIDTH = 250;

    private final ScorecardViewModel viewModel;
    private final Texts texts;
    private final DetailOpener opener;
    private final VBox rows = new VBox(4);

    CategoryBars(ScorecardViewModel viewModel, Texts texts, DetailOpener opener) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.opener = opener;
        setId("scorecard-categories");
        getStyleClass().addAll(AppCss.FRAMED_CARD, ScorecardCss.SCREEN.panel());
        Label title = ScorecardCss.SCREEN.panelTitle(texts.get("scorecard.categories").toUpperCase());
        Label hint = new Label(texts.get("scorecard.categories.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        rows.setId("scorecard-chart");
        getChildren().addAll(title, hint, new ChartLegend(viewModel.rubric(), texts), rows);
        refresh();
    }

    /** Rebuilds the rows, e.g. after a target was saved. */
    void refresh() {
        rows.getChildren().setAll(viewModel.categoryRows().stream().map(this::row).toList());
    }

    private HBox row(CategoryChartRow chartRow) {
        String id = chartRow.categoryId();
        Label name = new Label(chartRow.title());
        name.getStyleClass().add("chart-name");
        name.setWrapText(true);
        VBox nameBox = new VBox(3, name);
        nameBox.setAlignment(Pos.CENTER_LEFT);
        if (chartRow.deciding()) {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label chip = new Label(texts.get("scorecard.deciding.chip"));
            chip.setId("scorecard-deciding-" + id);
            chip.getStyleClass().add("deciding-chip");
            chip.setMinWidth(Region.USE_PREF_SIZE);
            nameBox.getChildren().add(chip);
        }
        fixWidth(nameBox, NAME_WIDTH);

        String value = valueText(chartRow);
        CategoryBar bar = new CategoryBar(chartRow.shownMaturity(), chartRow.colourStep(), value);
        bar.showTarget(chartRow.target());
        bar.valueLabel().setId("scorecard-maturity-" + id);
        bar.targetMarker().setId("scorecard-target-marker-" + id);
        HBox.setHgrow(bar, Priority.ALWAYS);

        Label gap = new Label(gapText(texts, chartRow));
        gap.setId("scorecard-gap-" + id);
        gap.getStyleClass().add(ScorecardCss.GAP);
        if (chartRow.target().isEmpty()) {
            gap.getStyleClass().add(Styles.TEXT_MUTED);
        }
        if (chartRow.targetMet()) {
            gap.getStyleClass().add(ScorecardCss.TARGET_MET);
        }
        gap.setWrapText(true);
        Label coverage = new Label(coverageText(texts, chartRow.coverage()));
        coverage.getStyleClass().add(Styles.TEXT_MUTED);
        coverage.setWrapText(true);
        VBox info = new VBox(gap, coverage);
        info.getStyleClass().add("chart-info");
        fixWidth(info, INFO_WIDTH);

        HBox row = new HBox(nameBox, bar, info);
        row.getStyleClass().add(ScorecardCss.CHART_ROW);
        row.setId("scorecard-category-" + id);
        Clickable.make(row, accessibleText(chartRow, value, gap.getText()), () -> opener.openCategory(id));
        return row;
    }

    private String valueText(CategoryChartRow row) {
        if (!row.isScored()) {
            return texts.get("scorecard.bar.notScored");
        }
        String number = DisplayNumbers.shown(row.shownMaturity().getAsDouble());
        return row.band().map(band -> texts.get("scorecard.bar.value", number, band.label())).orElse(number);
    }

    private String accessibleText(CategoryChartRow row, String value, String gap) {
        return row.isScored()
                ? texts.get("scorecard.category.accessible", row.title(), value, gap)
                : texts.get("scorecard.category.notScored.accessible", row.title(), gap);
    }

    /** "Target 75 · gap 12.5", "Target 60 · met", or "No target set". */
    static String gapText(Texts texts, CategoryChartRow row) {
        if (row.target().isEmpty()) {
            return texts.get("scorecard.target.none");
        }
        String target = AnswerLabel.target(row.target().getAsDouble());
        if (row.gap().isEmpty()) {
            return texts.get("scorecard.target.only", target);
        }
        return row.targetMet() ? texts.get("scorecard.target.met", target)
                : texts.get("scorecard.target.gap", target, DisplayNumbers.shown(row.gap().getAsDouble()));
    }

    static String coverageText(Texts texts, Coverage coverage) {
        String text = texts.get("scorecard.category.answered", coverage.answered(), coverage.total());
        if (coverage.notApplicable() > 0) {
            text += " \u00b7 " + texts.get("scorecard.category.na", coverage.notApplicable());
        }
        if (coverage.unanswered() > 0) {
            text += " \u00b7 " + texts.get("scorecard.category.open", coverage.unanswered());
        }
        return text;
    }

    private static void fixWidth(Region region, double width) {
        region.setMinWidth(width);
        region.setPrefWidth(width);
        region.setMaxWidth(width);
    }
}
