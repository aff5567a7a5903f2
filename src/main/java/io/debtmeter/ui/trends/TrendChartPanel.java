package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.TeamTrend;
import io.debtmeter.core.analysis.trends.TrendCategory;
import io.debtmeter.core.analysis.trends.TrendPoint;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The overall debt index and each category's debt over the team's assessments, under a legend of
 * check boxes. A category missing from an assessment (unscored, or not in that rubric version) breaks its
 * line there: each unbroken run is a series of its own, styled alike.
 */
final class TrendChartPanel extends VBox {

    private static final double OVERALL_MARKER = 15;
    private static final double CATEGORY_MARKER = 12;

    private final TrendsViewModel viewModel;
    private final TrendTexts words;
    private final HoverTip tip;
    private final Consumer<UUID> openAssessment;
    private final PeriodAxis timeAxis = new PeriodAxis();
    private final LineChart<Number, Number> chart;
    private final TrendLegend legend = new TrendLegend();
    private final List<StyledRun> runs = new ArrayList<>();

    /** One unbroken stretch of a line, and what it needs once the chart has made its path. */
    private record StyledRun(XYChart.Series<Number, Number> series, String slot, BooleanProperty shown) {
    }

    TrendChartPanel(TrendsViewModel viewModel, TrendTexts words, HoverTip tip, Consumer<UUID> openAssessment) {
        this.viewModel = viewModel;
        this.words = words;
        this.tip = tip;
        this.openAssessment = openAssessment;
        DebtAxis debtAxis = new DebtAxis();
        debtAxis.setLabel(words.texts().get("trends.chart.axis.y"));
        timeAxis.setAccessibleText(words.texts().get("trends.chart.axis.x"));
        chart = new LineChart<>(timeAxis, debtAxis);
        createView();
    }

    private void createView() {
        getStyleClass().add(TrendsCss.SCREEN.panel());
        setId("trends-chart-panel");
        // Not the sum of its parts' sizes: the split gives it what the divider says, the chart shrinks.
        setMinHeight(200);
        Label title = TrendsCss.SCREEN.panelTitle(words.texts().get("trends.chart.title"));
        Label hint = new Label(words.texts().get("trends.chart.hint"));
        hint.getStyleClass().add(TrendsCss.HINT);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        chart.setId("trends-chart");
        chart.getStyleClass().add(TrendsCss.CHART);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setAccessibleText(words.texts().get("trends.chart.accessible"));
        chart.setMinHeight(130);
        VBox.setVgrow(chart, Priority.ALWAYS);

        // Title and hint share a row, and the legend runs above the plot, so the plot keeps the
        // window's full width for forty periods and most of the height.
        HBox heading = new HBox(16, title, hint);
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        title.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().setAll(heading, legend, chart);
    }

    void show(TeamTrend trend) {
        runs.clear();
        legend.getChildren().clear();
        timeAxis.setPoints(trend.points());
        String overall = words.texts().get("trends.legend.overall");
        Region overallMarker = legend.add("trends-toggle-overall", overall, LineStyle.overall(),
                viewModel.overallShownProperty(), words.texts().get("trends.legend.accessible", overall));
        List<TrendCategory> categories = trend.categories();
        for (int i = 0; i < categories.size(); i++) {
            TrendCategory category = categories.get(i);
            String name = category.retired()
                    ? words.texts().get("trends.legend.retired", category.title()) : category.title();
            BooleanProperty shown = viewModel.categoryShownProperty(category.id());
            Region marker = legend.add("trends-toggle-category-" + NodeIds.safe(category.id()), name,
                    LineStyle.category(i), shown, words.texts().get("trends.legend.accessible", name));
            addLine(new LineSpec("category-" + NodeIds.safe(category.id()), name, LineStyle.category(i), marker, shown,
                    CATEGORY_MARKER, p -> p.categoryDebt(category.id()), (p, v) -> words.pointTip(p, name, v)),
                    trend.points());
        }
        // Added last so that it is drawn on top of the category lines.
        addLine(new LineSpec("overall", overall, LineStyle.overall(), overallMarker, viewModel.overallShownProperty(),
                OVERALL_MARKER, TrendPoint::debtIndex, words::overallTip), trend.points());
        chart.getData().setAll(runs.stream().map(StyledRun::series).toList());
        // The chart gives each series a path and each point its classes when the series is added; only
        // then can the path take ours, and the points lose theirs (see PointMarker).
        for (StyledRun run : runs) {
            run.series().getNode().getStyleClass().setAll(TrendsCss.LINE, run.slot());
            run.series().getNode().visibleProperty().bind(run.shown());
            run.series().getData().forEach(d -> d.getNode().getStyleClass().clear());
        }
    }

    /** Everything one line (overall or a category) needs to be drawn. */
    private record LineSpec(String key, String name, String slot, Region legendMarker, BooleanProperty shown,
                        double markerSize, Function<TrendPoint, OptionalDouble> valueOf, TipText tipText) {
    }

    private void addLine(LineSpec line, List<TrendPoint> points) {
        List<XYChart.Data<Number, Number>> run = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            OptionalDouble value = line.valueOf().apply(point);
            if (value.isEmpty()) {
                endRun(run, line);
                run = new ArrayList<>();
                continue;
            }
            double debt = value.getAsDouble();
            XYChart.Data<Number, Number> data = new XYChart.Data<>(point.date().toEpochDay(), debt);
            PointMarker marker = new PointMarker("trends-point-" + line.key() + "-" + i, line.legendMarker(),
                    line.markerSize(), () -> line.tipText().of(point, debt),
                    () -> words.pointAccessible(point, line.name(), debt), tip,
                    () -> openAssessment.accept(point.assessmentId()));
            marker.visibleProperty().bind(line.shown());
            data.setNode(marker);
            run.add(data);
        }
        endRun(run, line);
    }

    private void endRun(List<XYChart.Data<Number, Number>> run, LineSpec line) {
        if (!run.isEmpty()) {
            runs.add(new StyledRun(new XYChart.Series<>(line.name(), FXCollections.observableArrayList(run)),
                    line.slot(), line.shown()));
        }
    }

    @FunctionalInterface
    private interface TipText {
        String of(TrendPoint point, double value);
    }
}
