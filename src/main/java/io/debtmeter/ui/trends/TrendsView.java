package io.debtmeter.ui.trends;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.trends.TeamTrend;
import io.debtmeter.core.analysis.trends.TrendPoint;
import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.ui.common.CommandText;
import io.debtmeter.ui.common.ExportButton;
import io.debtmeter.ui.common.ProblemStrip;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A team's debt over time: overall and per-category lines above, the items × assessments heat map
 * below, split so either can be given more room. Clicking a point or a period opens that assessment.
 */
public final class TrendsView extends BorderPane {

    /** The heat map gets the larger part, below this: a rubric has thirty-odd rows, the chart reads at any height. */
    private static final double HEAT_MAP_FROM = 0.38;

    private final TrendsViewModel viewModel;
    private final TrendTexts words;
    private final Consumer<UUID> openAssessment;
    private final Runnable onBack;
    private final HoverTip tip = new HoverTip();
    private final Label subtitle = new Label();
    private final ProblemStrip problem = new ProblemStrip(TrendsCss.SCREEN);
    private final ExportButton export;

    public TrendsView(TrendsViewModel viewModel, Texts texts, Consumer<UUID> openAssessment, Runnable onBack) {
        this.viewModel = viewModel;
        this.words = new TrendTexts(texts);
        this.openAssessment = openAssessment;
        this.onBack = onBack;
        this.export = new ExportButton(texts, "trends-export", () -> Optional.ofNullable(viewModel.trendProperty().get())
                .map(trend -> new ExportButton.Request(ExportSubject.team(viewModel.teamId()),
                        viewModel.teamNameProperty().get() + "-history")));
        createView();
        initListeners();
    }

    /** Shows "Export…", which opens the window's Export dialog for this team's history. */
    public void setOnExport(ExportButton.Handler handler) {
        export.setHandler(handler);
    }

    private void createView() {
        TrendsCss.SCREEN.applyTo(this);
        Texts texts = words.texts();

        Button back = CommandText.backButton(texts, "trends", onBack);
        Label title = new Label(texts.get("trends.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        subtitle.setId("trends-subtitle");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, back, new VBox(0, title, subtitle), spacer, export);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(TrendsCss.SCREEN.header());

        setTop(new VBox(header, problem.node()));

        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        loading.setAccessibleText(texts.get("trends.loading"));
        setCenter(loading);
    }

    private void initListeners() {
        viewModel.trendProperty().addListener((obs, old, trend) -> show(trend));
        viewModel.loadErrorProperty().addListener((obs, old, error) -> showProblem(error));
        // Leaving the view must not leave a tooltip behind over the next screen.
        sceneProperty().addListener((obs, old, scene) -> tip.hide());
        show(viewModel.trendProperty().get());
        showProblem(viewModel.loadErrorProperty().get());
    }

    private void show(TeamTrend trend) {
        if (trend == null) {
            return;
        }
        tip.hide();
        subtitle.setText(subtitleOf(trend.points()));
        if (trend.isEmpty()) {
            Label empty = new Label(words.texts().get("trends.empty"));
            empty.setId("trends-empty");
            empty.setWrapText(true);
            empty.getStyleClass().add(TrendsCss.EMPTY);
            setCenter(empty);
            return;
        }
        SplitPane split = new SplitPane(placeholder(), placeholder());
        split.setId("trends-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(HEAT_MAP_FROM);
        split.getStyleClass().add("trends-split");
        setCenter(split);
        // Chart and heat map come in the two frames that follow: the page is there at once, and no
        // frame holds the FX thread long. (Chained Platform.runLater calls did not do this: they often
        // ran before the same pulse, which then styled the page, chart and heat map together.)
        viewModel.inFrames(List.of(
                () -> { },
                () -> {
                    if (isCurrent(trend)) {
                        TrendChartPanel chart = new TrendChartPanel(viewModel, words, tip, openAssessment);
                        chart.show(trend);
                        split.getItems().set(0, chart);
                    }
                },
                () -> {
                    if (isCurrent(trend)) {
                        split.getItems().set(1, new HeatMapPanel(trend.heatMap(), words, tip, openAssessment));
                        // Set again now both panels are in: new content lets SplitPane move the divider.
                        split.setDividerPositions(HEAT_MAP_FROM);
                    }
                }));
    }

    /** False once newer data arrived: a stale build step is skipped. */
    private boolean isCurrent(TeamTrend trend) {
        return viewModel.trendProperty().get() == trend;
    }

    private static VBox placeholder() {
        VBox place = new VBox();
        place.getStyleClass().add(TrendsCss.SCREEN.panel());
        return place;
    }

    private String subtitleOf(List<TrendPoint> points) {
        String team = viewModel.teamNameProperty().get();
        if (points.isEmpty()) {
            return team;
        }
        return words.texts().get("trends.subtitle", team, points.size(), points.get(0).period(),
                points.get(points.size() - 1).period());
    }

    private void showProblem(String error) {
        String text = error.isEmpty() ? "" : words.texts().get("trends.loadError", error);
        problem.show(text);
    }
}
