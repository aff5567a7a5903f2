package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.Portfolio;
import io.debtmeter.core.analysis.portfolio.PortfolioCalculator;
import io.debtmeter.core.analysis.portfolio.PortfolioData;
import io.debtmeter.core.analysis.portfolio.PortfolioRow;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * State of the portfolio: every team's latest assessment ({@link PortfolioCalculator}), a team-name
 * filter, and the bars of the chart, which shows at most {@value #CHART_LIMIT} teams so it stays
 * readable with 500: the ones with most debt among those the filter lets through.
 */
public final class PortfolioViewModel {

    /** The most bars the chart draws. */
    public static final int CHART_LIMIT = 25;
    /**
     * How many rows a load shows in its first frame, with the summary. The rest of the rows follow in
     * the next frame and the chart in the one after: 500 teams' rows and chart laid out in one frame
     * held the FX thread for 140–200 ms. 4 gave the shortest longest frame (4, 6 and 8 measured,
     * docs/benchmarks.md).
     */
    static final int FIRST_FRAME_ROWS = 4;

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final String language;
    private final PortfolioCalculator calculator;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PortfolioRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PortfolioRow> filteredRows = new FilteredList<>(rows);
    private final ReadOnlyObjectWrapper<ChartBars> chart = new ReadOnlyObjectWrapper<>(ChartBars.none());
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    /** The order the table shows rows in (null: as loaded), so that a load's first frame fills its top. */
    private Supplier<Comparator<? super PortfolioRow>> displayOrder = () -> PortfolioRow.MOST_DEBT_FIRST;
    /** Counts loads, so that the later frames of a superseded load do nothing. */
    private long loads;

    public PortfolioViewModel(AssessmentStore store, TaskExecutor executor, Clock clock) {
        this(store, executor, clock, "en");
    }

    /** @param language the language the rubrics' texts are shown in, where they have it ("ja") */
    public PortfolioViewModel(AssessmentStore store, TaskExecutor executor, Clock clock, String language) {
        this.language = language;
        this.store = store;
        this.executor = executor;
        this.calculator = new PortfolioCalculator();
        this.clock = clock;
        filteredRows.setPredicate(nameContains(filter.get()));
        filter.addListener((obs, old, text) -> applyFilter());
        load();
    }

    /** Reads every team's latest assessments again, off the FX thread. */
    public void load() {
        long load = ++loads;
        loading.set(true);
        executor.execute(() -> calculator.portfolio(PortfolioData.read(store, language), LocalDate.now(clock)), loaded -> {
            if (load != loads) {
                return;
            }
            loadError.set("");
            List<PortfolioRow> ordered = inDisplayOrder(loaded.rows());
            List<Runnable> steps = new ArrayList<>(rowSteps(loaded, ordered));
            // The filter's predicate is already in place (set when the text changes); setting it
            // again would make the table redo every row it shows.
            steps.add(() -> {
                showChart();
                loading.set(false);
            });
            executor.inFrames(steps.stream().map(step -> (Runnable) () -> whileCurrent(load, step)).toList());
        }, failure -> {
            if (load == loads) {
                loading.set(false);
                loadError.set(TaskExecutor.messageOf(failure));
            }
        });
    }

    /**
     * How a load's rows reach the table. A first load shows the table's top rows with the summary,
     * then adds the rest after them, in the table's order, so the rows shown keep their cells. A
     * load over rows already shown (Refresh) replaces them all at once: shown first as a handful of
     * rows, the table would jump back to its top and lose its place. Its cells exist by then, so
     * that frame is no longer than a first load's second one.
     */
    private List<Runnable> rowSteps(Portfolio loaded, List<PortfolioRow> ordered) {
        if (!rows.isEmpty()) {
            return List.of(() -> {
                rows.setAll(ordered);
                portfolio.set(loaded);
            });
        }
        int first = Math.min(FIRST_FRAME_ROWS, ordered.size());
        return List.of(
                () -> {
                    rows.setAll(ordered.subList(0, first));
                    portfolio.set(loaded);
                },
                () -> rows.addAll(ordered.subList(first, ordered.size())));
    }

    /**
     * Tells the view model the order the table shows rows in (its sort), so that a load's first frame
     * shows the table's top rows. A supplier returning null means "as loaded" (most debt first).
     */
    public void setDisplayOrder(Supplier<Comparator<? super PortfolioRow>> order) {
        displayOrder = order;
    }

    private List<PortfolioRow> inDisplayOrder(List<PortfolioRow> loaded) {
        Comparator<? super PortfolioRow> order = displayOrder.get();
        return order == null ? loaded : loaded.stream().sorted(order).toList();
    }

    private void whileCurrent(long load, Runnable step) {
        if (load == loads) {
            step.run();
        }
    }

    private void applyFilter() {
        filteredRows.setPredicate(nameContains(filter.get()));
        showChart();
    }

    /** The chart's bars for the rows the filter lets through. */
    private void showChart() {
        List<PortfolioRow> scored = filteredRows.stream()
                .filter(row -> row.debtIndex().isPresent())
                .sorted(PortfolioRow.MOST_DEBT_FIRST)
                .toList();
        chart.set(new ChartBars(scored.subList(0, Math.min(CHART_LIMIT, scored.size())), scored.size()));
    }

    /** Case-insensitive "contains", ignoring spaces around the text; blank lets every team through. */
    static Predicate<PortfolioRow> nameContains(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return row -> wanted.isEmpty() || row.teamName().toLowerCase(Locale.ROOT).contains(wanted);
    }

    // --- what the view shows ---------------------------------------------------------------------

    /** Set, as one change, when a load finished; null before the first one. */
    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio.getReadOnlyProperty();
    }

    /** Every team, in the display order when they were loaded (most debt first unless the table was sorted otherwise). */
    public ObservableList<PortfolioRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The teams whose name contains the filter text, in the order of {@link #rows()}. */
    public FilteredList<PortfolioRow> filteredRows() {
        return filteredRows;
    }

    /** The chart's bars: the filtered teams with a score, most debt first, at most {@value #CHART_LIMIT}. */
    public ReadOnlyObjectProperty<ChartBars> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The team-name filter, as typed. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** True from a load's start until its rows and chart are all shown. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the last load failed, in the store's words; empty when it worked. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }
}
