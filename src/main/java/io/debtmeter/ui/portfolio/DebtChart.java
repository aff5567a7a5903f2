package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.PortfolioRow;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * Horizontal bars of the teams' debt indexes, most debt first, coloured by grade band and with the
 * grade written on each bar. It draws at most the view model's limit of teams and says so, so that
 * 500 teams give 25 readable bars, not 500 slivers. Clicking a bar selects the team in the table.
 */
final class DebtChart extends VBox {

    /** Team names wrap within this width, so long names never push the bars out of line. */
    private static final double NAME_WIDTH = 124;
    /** Room for the scroll pane's vertical bar beside the rows. */
    private static final double SCROLLBAR_ROOM = 16;

    private final Texts texts;
    private final Consumer<PortfolioRow> onPick;
    private final Label note = new Label();
    private final VBox bars = new VBox();

    DebtChart(Texts texts, Consumer<PortfolioRow> onPick) {
        this.texts = texts;
        this.onPick = onPick;
        setId("portfolio-chart");
        getStyleClass().addAll(AppCss.FRAMED_CARD, PortfolioCss.SCREEN.panel());
        Label title = PortfolioCss.SCREEN.panelTitle(texts.get("portfolio.chart.title").toUpperCase());
        Label hint = new Label(texts.get("portfolio.chart.hint"));
        hint.getStyleClass().add(PortfolioCss.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        note.setId("portfolio-chart-note");
        note.getStyleClass().add(PortfolioCss.NOTE);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        bars.setId("portfolio-chart-bars");
        bars.setSpacing(4);
        ScrollPane scroll = new ScrollPane(bars);
        scroll.setId("portfolio-chart-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, hint, note, scroll);
    }

    /** While the first load is on its way: says so, rather than "no team has a score yet". */
    void showReading() {
        note.setText(texts.get("portfolio.loading"));
        bars.getChildren().clear();
    }

    void show(ChartBars chart) {
        note.setText(chart.isCut()
                ? texts.get("portfolio.chart.some", chart.bars().size(), chart.candidates())
                : texts.get("portfolio.chart.all", chart.candidates()));
        bars.getChildren().setAll(chart.bars().stream().map(this::bar).toList());
    }

    /**
     * Never narrower than the widest row needs (a long grade such as "Reasonably tested" makes its bar
     * wider), so the split pane beside gives way instead of the chart cutting a bar or its number.
     */
    @Override
    protected void layoutChildren() {
        double needed = Math.ceil(bars.minWidth(-1) + snappedLeftInset() + snappedRightInset() + SCROLLBAR_ROOM);
        if (needed > getMinWidth()) {
            setMinWidth(needed);
        }
        super.layoutChildren();
    }

    private HBox bar(PortfolioRow row) {
        String grade = row.grade().orElseThrow().label();
        String value = DisplayNumbers.shown(row.debtIndex());
        Label name = new Label(row.teamName());
        name.getStyleClass().add(PortfolioCss.CHART_NAME);
        name.setWrapText(true);
        name.setMinWidth(NAME_WIDTH);
        name.setPrefWidth(NAME_WIDTH);
        name.setMaxWidth(NAME_WIDTH);
        name.setMinHeight(Region.USE_PREF_SIZE);
        GradeBar bar = new GradeBar(row.debtIndex().getAsDouble(), grade, row.gradeStep().orElse(0));
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label number = new Label(value);
        number.getStyleClass().add(PortfolioCss.CHART_VALUE);
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, name, bar, number);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add(PortfolioCss.CHART_ROW);
        line.setAccessibleText(texts.get("portfolio.chart.bar.accessible", row.teamName(), value, grade));
        line.setOnMouseClicked(event -> onPick.accept(row));
        return line;
    }
}
