package io.debtmeter.ui.compare;

import io.debtmeter.core.analysis.compare.AssessmentComparer;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ComparisonLoader;
import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.core.analysis.compare.ItemFilter;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * State of the compare screen: which two assessments are compared (any two, of one team or two), the
 * {@link Comparison} of them (read by {@link ComparisonLoader}) and which items the filter shows.
 * All reading and computing runs on the executor; only the latest request's result is shown.
 */
public final class CompareViewModel {

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final ComparisonLoader loader;

    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<Team> readOnlyTeams = FXCollections.unmodifiableObservableList(teams);
    private final PickedSide before = new PickedSide();
    private final PickedSide after = new PickedSide();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ItemFilter> filter = new SimpleObjectProperty<>(ItemFilter.ALL);
    private final ObservableList<ItemDelta> visibleItems = FXCollections.observableArrayList();
    private final ObservableList<ItemDelta> readOnlyVisibleItems = FXCollections.unmodifiableObservableList(visibleItems);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long latestRequest;

    public CompareViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator) {
        this(store, executor, calculator, ZoneId.systemDefault(), "en");
    }

    /** @param language the language the rubrics' texts are shown in, where they have it ("ja") */
    public CompareViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator, String language) {
        this(store, executor, calculator, ZoneId.systemDefault(), language);
    }

    CompareViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator, ZoneId zone) {
        this(store, executor, calculator, zone, "en");
    }

    /** @param zone where an action's last update becomes a date (the closed-between rule); tests pin it */
    private CompareViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator, ZoneId zone,
                             String language) {
        this.store = store;
        this.executor = executor;
        this.loader = new ComparisonLoader(new AssessmentComparer(calculator), zone, language);
        filter.addListener((obs, old, now) -> showItems());
        comparison.addListener((obs, old, now) -> showItems());
    }

    /** Loads both assessments and compares them: changes are read from {@code before} to {@code after}. */
    public void compare(UUID before, UUID after) {
        load(CompareData.Request.assessment(before), CompareData.Request.assessment(after));
    }

    /** Exchanges the sides, so every delta changes sign. */
    public void swap() {
        Assessment was = before.assessmentProperty().get();
        Assessment is = after.assessmentProperty().get();
        if (was != null && is != null) {
            compare(is.id(), was.id());
        }
    }

    /** The person chose a team for one side: its newest assessment (other than the other side's) is compared. */
    public void pickTeam(Side side, Team team) {
        if (team == null || team.equals(picked(side).teamProperty().get())) {
            return;
        }
        Assessment other = picked(other(side)).assessmentProperty().get();
        Team otherTeam = picked(other(side)).teamProperty().get();
        if (otherTeam == null) {
            return; // nothing compared yet: compare(before, after) comes first
        }
        CompareData.Request chosen = CompareData.Request.newestOf(team.id());
        CompareData.Request kept = other == null ? CompareData.Request.newestOf(otherTeam.id())
                : CompareData.Request.assessment(other.id());
        load(side == Side.BEFORE ? chosen : kept, side == Side.BEFORE ? kept : chosen);
    }

    /** The person chose another assessment for one side. */
    public void pickAssessment(Side side, Assessment assessment) {
        if (assessment == null || assessment.equals(picked(side).assessmentProperty().get())) {
            return;
        }
        Assessment other = picked(other(side)).assessmentProperty().get();
        if (other == null) {
            return;
        }
        if (side == Side.BEFORE) {
            compare(assessment.id(), other.id());
        } else {
            compare(other.id(), assessment.id());
        }
    }

    private void load(CompareData.Request beforeRequest, CompareData.Request afterRequest) {
        long request = ++latestRequest;
        busy.set(true);
        executor.execute(() -> CompareData.load(store, loader, beforeRequest, afterRequest), data -> {
            if (request != latestRequest) {
                return; // a newer choice is on its way; showing this one would flicker back
            }
            busy.set(false);
            error.set("");
            if (!teams.equals(data.teams())) {
                teams.setAll(data.teams());
            }
            before.show(data.before());
            after.show(data.after());
            comparison.set(data.comparison().orElse(null));
        }, failure -> {
            if (request == latestRequest) {
                busy.set(false);
                error.set(TaskExecutor.messageOf(failure));
            }
        });
    }

    private void showItems() {
        Comparison current = comparison.get();
        List<ItemDelta> items = current == null ? List.of() : current.items(filter.get());
        visibleItems.setAll(items);
    }

    // --- what the view shows ---------------------------------------------------------------------

    /** How many matched items a filter would show (0 before anything is compared). */
    public int count(ItemFilter itemFilter) {
        Comparison current = comparison.get();
        return current == null ? 0 : current.count(itemFilter);
    }

    public ObservableList<Team> teams() {
        return readOnlyTeams;
    }

    public PickedSide picked(Side side) {
        return side == Side.BEFORE ? before : after;
    }

    /** Set, as one change, when a comparison is loaded; null while a side has no assessment. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Which matched items the table shows; the view's filter buttons set it. */
    public ObjectProperty<ItemFilter> filterProperty() {
        return filter;
    }

    /** The matched items the filter lets through, in the "after" rubric's order. */
    public ObservableList<ItemDelta> visibleItems() {
        return readOnlyVisibleItems;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong loading, in the store's words; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private static Side other(Side side) {
        return side == Side.BEFORE ? Side.AFTER : Side.BEFORE;
    }

    /** Runs the view's steps for showing a comparison a frame apart, as this view model's executor does. */
    void inFrames(java.util.List<Runnable> steps) {
        executor.inFrames(steps);
    }
}
