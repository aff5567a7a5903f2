package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.TeamHistory;
import io.debtmeter.core.analysis.trends.TeamTrend;
import io.debtmeter.core.analysis.trends.TeamTrendCalculator;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Team;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * State of a team's trends: its debt over time, scored per assessment with the rubric version it was
 * taken with, and which lines the team chose to show. Reading and scoring run on the executor.
 */
public final class TrendsViewModel {

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final ScoreCalculator calculator;
    private final UUID teamId;
    private final String language;

    private final ReadOnlyObjectWrapper<TeamTrend> trend = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper teamName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty overallShown = new SimpleBooleanProperty(true);
    private final Map<String, BooleanProperty> categoryShown = new HashMap<>();

    public TrendsViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator, UUID teamId) {
        this(store, executor, calculator, teamId, "en");
    }

    /** @param language the language the rubrics' texts are shown in, where they have it ("ja") */
    public TrendsViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator, UUID teamId,
                           String language) {
        this.language = language;
        this.store = store;
        this.executor = executor;
        this.calculator = calculator;
        this.teamId = teamId;
        load();
    }

    /** Reads the team's assessments again; which lines are shown stays as the team chose. */
    public void load() {
        busy.set(true);
        executor.execute(this::read, loaded -> {
            busy.set(false);
            loadError.set("");
            teamName.set(loaded.teamName());
            trend.set(loaded.trend());
        }, failure -> {
            busy.set(false);
            loadError.set(TaskExecutor.messageOf(failure));
        });
    }

    /** Blocks: runs on the executor. */
    private Loaded read() {
        String name = store.team(teamId).map(Team::name)
                .orElseThrow(() -> new StoreException("The team no longer exists."));
        return new Loaded(name, new TeamTrendCalculator(calculator).calculate(TeamHistory.read(store, teamId, language)));
    }

    private record Loaded(String teamName, TeamTrend trend) {
    }

    /** Whether the overall debt index line is drawn. */
    public BooleanProperty overallShownProperty() {
        return overallShown;
    }

    /** Whether a category's line is drawn; every category starts shown. */
    public BooleanProperty categoryShownProperty(String categoryId) {
        return categoryShown.computeIfAbsent(categoryId, id -> new SimpleBooleanProperty(true));
    }

    public UUID teamId() {
        return teamId;
    }

    /** Set, as one change, when everything is read and scored; empty points for a team without assessments. */
    public ReadOnlyObjectProperty<TeamTrend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty teamNameProperty() {
        return teamName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Runs the view's steps for showing a trend a frame apart, as this view model's executor does. */
    void inFrames(java.util.List<Runnable> steps) {
        executor.inFrames(steps);
    }
}
