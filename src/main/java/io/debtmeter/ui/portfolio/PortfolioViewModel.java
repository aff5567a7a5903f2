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
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * State of the portfolio: every team's latest assessment ({@link PortfolioCalculator}), a team-name
 * filter, and the bars of the chart, which shows at most {@value #CHART_LIMIT} teams so it stays
 * readable with 500: the ones with most debt among those the filter lets through.
 */
public final class PortfolioViewModel {

    /** The most bars the chart draws. */
    public static final int CHART_LIMIT = 25;

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final PortfolioCalculator calculator;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PortfolioRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PortfolioRow> filteredRows = new FilteredList<>(rows);
    private final ReadOnlyObjectWrapper<ChartBars> chart = new ReadOnlyObjectWrapper<>(ChartBars.none());
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");

    public PortfolioViewModel(AssessmentStore store, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.executor = executor;
        this.calculator = new PortfolioCalculator();
        this.clock = clock;
        filter.addListener((obs, old, text) -> applyFilter());
        load();
    }

    /** Reads every team's latest assessments again, off the FX thread. */
    public void load() {
        loading.set(true);
        executor.execute(() -> calculator.portfolio(PortfolioData.read(store), LocalDate.now(clock)), loaded -> {
            loading.set(false);
            loadError.set("");
            rows.setAll(loaded.rows());
            portfolio.set(loaded);
            applyFilter();
        }, failure -> {
            loading.set(false);
            loadError.set(messageOf(failure));
        });
    }

    private void applyFilter() {
        filteredRows.setPredicate(nameContains(filter.get()));
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

    /** Every team, most debt first. */
    public ObservableList<PortfolioRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The teams whose name contains the filter text, most debt first. */
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

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the last load failed, in the store's words; empty when it worked. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
