package io.debtmeter.ui.portfolio;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.portfolio.Portfolio;
import io.debtmeter.core.analysis.portfolio.PortfolioRow;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.CommandText;
import io.debtmeter.ui.common.ProblemStrip;
import io.debtmeter.ui.common.Texts;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The engineering manager's view: every team's latest grade and debt index, which way it moved since
 * the team's previous assessment, and who has not assessed itself for a while. A summary strip, a
 * filter, the table and a chart of the teams with most debt.
 */
public final class PortfolioView extends BorderPane {

    private final PortfolioViewModel viewModel;
    private final Texts texts;
    private final Consumer<UUID> openTeam;
    private final Label subtitle = new Label();
    private final ProblemStrip problem = new ProblemStrip(PortfolioCss.SCREEN);
    private final Label filterCount = new Label();
    /** ControlsFX's search field: a magnifier on the left, and a clear button once something is typed. */
    private final CustomTextField filter = (CustomTextField) TextFields.createClearableTextField();
    private final Button open = new Button();
    private final Button refresh = new Button();
    private final SummaryStrip summary;
    private final PortfolioTable table;
    private final DebtChart chart;
    private final ProgressIndicator loading = new ProgressIndicator();

    /** @param openTeam called with a team's id when the user opens it from the table */
    public PortfolioView(PortfolioViewModel viewModel, Texts texts, Consumer<UUID> openTeam) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.openTeam = openTeam;
        this.summary = new SummaryStrip(texts);
        this.table = new PortfolioTable(viewModel.filteredRows(), texts, this::open);
        this.chart = new DebtChart(texts, table::select);
        viewModel.setDisplayOrder(table::getComparator);
        createView();
        initListeners();
    }

    private void createView() {
        PortfolioCss.SCREEN.applyTo(this);

        Label title = new Label(texts.get("portfolio.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        subtitle.setId("portfolio-subtitle");
        subtitle.getStyleClass().add(PortfolioCss.MUTED);
        VBox titles = new VBox(0, title, subtitle);
        command(refresh, "portfolio-refresh", "portfolio.refresh", PortfolioIcon.REFRESH.create());
        refresh.getStyleClass().add(Styles.FLAT);
        refresh.setOnAction(event -> viewModel.load());
        command(open, "portfolio-open", "portfolio.open", AppIcon.BROWSE.create());
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(event -> open(table.getSelectionModel().getSelectedItem()));
        loading.setMaxSize(24, 24);
        loading.setAccessibleText(texts.get("portfolio.loading"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, titles, spacer, loading, refresh, open);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(PortfolioCss.SCREEN.header());

        setTop(new VBox(header, problem.node()));

        filter.setId("portfolio-filter");
        filter.setPromptText(texts.get("portfolio.filter.prompt"));
        filter.setAccessibleText(texts.get("portfolio.filter.accessible"));
        filter.setPrefColumnCount(24);
        filter.setLeft(AppIcon.SEARCH.create());
        filterCount.setId("portfolio-filter-count");
        filterCount.getStyleClass().add(PortfolioCss.MUTED);
        filterCount.setMinWidth(Region.USE_PREF_SIZE);
        HBox filterBar = new HBox(12, filter, filterCount);
        filterBar.setAlignment(Pos.CENTER_LEFT);

        VBox tablePane = new VBox(10, filterBar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        tablePane.getStyleClass().addAll(AppCss.FRAMED_CARD, PortfolioCss.SCREEN.panel());
        SplitPane split = new SplitPane(tablePane, chart);
        split.setId("portfolio-split");
        split.setDividerPositions(0.71);
        SplitPane.setResizableWithParent(chart, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox body = new VBox(14, summary, split);
        body.getStyleClass().add(PortfolioCss.BODY);
        setCenter(new StackPane(body));
    }

    private void command(Button button, String id, String key, Node icon) {
        CommandText.apply(button, texts, id, key, icon);
        button.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void initListeners() {
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        viewModel.portfolioProperty().addListener((obs, old, portfolio) -> showPortfolio(portfolio));
        viewModel.loadErrorProperty().addListener((obs, old, error) -> showProblem(error));
        loading.visibleProperty().bind(viewModel.loadingProperty());
        viewModel.loadingProperty().addListener((obs, was, busy) -> {
            table.showLoading(busy && viewModel.portfolioProperty().get() == null);
            showCount();
            if (viewModel.chartProperty().get().candidates() == 0) {
                showChart();
            }
        });
        table.showLoading(viewModel.loadingProperty().get() && viewModel.portfolioProperty().get() == null);
        table.keepSelectedTeamAcross(viewModel.loadingProperty());
        refresh.disableProperty().bind(viewModel.loadingProperty());
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        viewModel.filteredRows().addListener((InvalidationListener) observable -> showCount());
        viewModel.filterProperty().addListener((obs, old, text) -> table.showNoMatch(text));
        viewModel.chartProperty().addListener((obs, old, bars) -> showChart());
        showChart();
        showPortfolio(viewModel.portfolioProperty().get());
        showProblem(viewModel.loadErrorProperty().get());
    }

    private void showPortfolio(Portfolio portfolio) {
        if (portfolio == null) {
            return;
        }
        subtitle.setText(texts.get("portfolio.subtitle", texts.date(portfolio.asOf())));
        summary.show(portfolio.summary());
        showCount();
        table.showNoMatch(viewModel.filterProperty().get());
    }

    /** The chart's bars; while a load has none to show yet, that it is reading. */
    private void showChart() {
        ChartBars bars = viewModel.chartProperty().get();
        if (bars.candidates() == 0 && viewModel.loadingProperty().get()) {
            chart.showReading();
        } else {
            chart.show(bars);
        }
    }

    /** Kept as it was while a load is showing its rows in parts, so it never counts a part. */
    private void showCount() {
        if (viewModel.loadingProperty().get()) {
            return;
        }
        filterCount.setText(texts.get("portfolio.filter.count", viewModel.filteredRows().size(), viewModel.rows().size()));
    }

    private void showProblem(String error) {
        problem.show(error.isEmpty() ? "" : texts.get("portfolio.loadError", error));
    }

    private void open(PortfolioRow row) {
        if (row != null) {
            openTeam.accept(row.teamId());
        }
    }
}
