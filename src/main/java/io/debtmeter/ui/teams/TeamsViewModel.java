package io.debtmeter.ui.teams;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Team;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * State of the Teams screen: the teams, the selected team's assessments with their grades, and the
 * actions on them. Every store call runs through the executor; lists change only after it returned.
 */
public final class TeamsViewModel {

    private final AssessmentStore store;
    private final RubricCatalog catalog;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<AssessmentRow> assessments = FXCollections.observableArrayList();
    private final ObservableList<CatalogEntry> rubrics = FXCollections.observableArrayList();
    // Made once: an unmodifiable view holds its listeners only weakly.
    private final ObservableList<Team> readOnlyTeams = FXCollections.unmodifiableObservableList(teams);
    private final ObservableList<AssessmentRow> readOnlyAssessments = FXCollections.unmodifiableObservableList(assessments);
    private final ObservableList<CatalogEntry> readOnlyRubrics = FXCollections.unmodifiableObservableList(rubrics);
    private final ReadOnlyObjectWrapper<Team> selectedTeam = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Locale language;

    public TeamsViewModel(AssessmentStore store, RubricCatalog catalog, TaskExecutor executor,
                          Clock clock) {
        this(store, catalog, executor, clock, Locale.ENGLISH);
    }

    /** {@code language}: the window's, in which a sample team that cannot be added says why. */
    public TeamsViewModel(AssessmentStore store, RubricCatalog catalog, TaskExecutor executor,
                          Clock clock, Locale language) {
        this.store = store;
        this.catalog = catalog;
        this.executor = executor;
        this.clock = clock;
        this.language = language;
    }

    public void load() {
        run(store::teams, list -> showTeams(list, selectedTeam.get() == null ? null : selectedTeam.get().id()));
    }

    /**
     * What the screen shows when it opens: the teams, and the assessments of the team it selects
     * (the first). Read together at start-up, with the store, so the first frame is complete.
     */
    public record Opening(List<Team> teams, List<AssessmentRow> firstTeamRows) {
        public Opening {
            teams = List.copyOf(teams);
            firstTeamRows = List.copyOf(firstTeamRows);
        }
    }

    /** Reads what {@link #show(Opening)} shows; off the FX thread. */
    public static Opening readOpening(AssessmentStore store) {
        List<Team> teams = store.teams();
        return new Opening(teams, teams.isEmpty() ? List.of() : rowsOf(store, teams.get(0).id()));
    }

    /** Shows what was read a moment ago (with the store, at start-up) without reading it again. */
    public void show(Opening opening) {
        teams.setAll(opening.teams());
        selectedTeam.set(teams.isEmpty() ? null : teams.get(0));
        assessments.setAll(opening.firstTeamRows());
    }

    /** Loads the teams and selects this one (e.g. opened from the portfolio). */
    public void loadAndSelect(UUID teamId) {
        run(store::teams, list -> showTeams(list, teamId));
    }

    /**
     * Reads the rubrics for "New assessment" ahead of time, read afresh so that a file just put in
     * the rubric folder is offered. The view asks for this once its first frame is drawn: checking
     * rubrics against the schema takes longer than showing the teams, and nothing on the screen
     * needs them. No busy spinner, since nothing waits; a failure is reported by {@link #withRubrics}.
     */
    public void preloadRubrics() {
        executor.execute(() -> catalog.load().entries(), rubrics::setAll, failure -> {
            // withRubrics reads them again when the dialog is asked for, and shows what went wrong.
        });
    }

    /** Hands over the rubrics, reading them first (with the busy spinner) when none have arrived yet. */
    public void withRubrics(Consumer<List<CatalogEntry>> action) {
        if (!rubrics.isEmpty()) {
            action.accept(List.copyOf(rubrics));
            return;
        }
        run(() -> catalog.load().entries(), entries -> {
            rubrics.setAll(entries);
            action.accept(entries);
        });
    }

    public void select(Team team) {
        selectedTeam.set(team);
        if (team == null) {
            assessments.clear();
            return;
        }
        run(() -> rowsOf(store, team.id()), rows -> {
            if (selectedTeam.get() != null && selectedTeam.get().id().equals(team.id())) {
                assessments.setAll(rows);
            }
        });
    }

    public void createTeam(String name) {
        run(() -> {
            Team team = store.createTeam(name);
            return new Loaded(store.teams(), team.id());
        }, loaded -> showTeams(loaded.teams(), loaded.select()));
    }

    public void renameSelected(String newName) {
        Team team = selectedTeam.get();
        run(() -> {
            store.renameTeam(team.id(), newName);
            return store.teams();
        }, list -> showTeams(list, team.id()));
    }

    public void deleteSelected() {
        Team team = selectedTeam.get();
        run(() -> {
            store.deleteTeam(team.id());
            return store.teams();
        }, list -> showTeams(list, null));
    }

    public void loadSampleData() {
        run(() -> {
            CatalogEntry entry = catalog.load().find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow();
            Team team = new SampleData(store, language).load(entry.rubric(), LocalDate.now(clock));
            return new Loaded(store.teams(), team.id());
        }, loaded -> showTeams(loaded.teams(), loaded.select()));
    }

    /** Creates the assessment, then hands it to {@code onCreated} (the wizard opens on it). */
    public void createAssessment(NewAssessment request, Consumer<Assessment> onCreated) {
        run(() -> store.createAssessment(request), onCreated);
    }

    /** The selected team's assessments, newest first: the newest is offered to carry answers over from. */
    public List<Assessment> assessmentsNewestFirst() {
        return assessments.stream().map(AssessmentRow::assessment).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Scores from the store's summary cache: the list shows only the headline of each score, and
     * reading every answer of every assessment to recompute it would make the home screen wait.
     */
    private static List<AssessmentRow> rowsOf(AssessmentStore store, UUID teamId) {
        List<Assessment> list = store.assessments(teamId);
        Map<UUID, ScoreSummary> scores = store.scoreSummaries(list.stream().map(Assessment::id).toList());
        return list.stream().map(a -> new AssessmentRow(a, scores.get(a.id()))).toList();
    }

    private void showTeams(List<Team> list, UUID select) {
        teams.setAll(list);
        Team chosen = list.stream().filter(t -> t.id().equals(select)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
        select(chosen);
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        error.set("");
        executor.execute(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        });
    }

    public ObservableList<Team> teams() {
        return readOnlyTeams;
    }

    public ObservableList<AssessmentRow> assessments() {
        return readOnlyAssessments;
    }

    public ObservableList<CatalogEntry> rubrics() {
        return readOnlyRubrics;
    }

    public ReadOnlyObjectProperty<Team> selectedTeamProperty() {
        return selectedTeam.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The teams after a change, and the one to select. */
    private record Loaded(List<Team> teams, UUID select) {
    }
}
