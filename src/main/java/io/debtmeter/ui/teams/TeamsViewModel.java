package io.debtmeter.ui.teams;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
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
    private final ScoreCalculator calculator;
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

    public TeamsViewModel(AssessmentStore store, RubricCatalog catalog, TaskExecutor executor,
                          ScoreCalculator calculator, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.executor = executor;
        this.calculator = calculator;
        this.clock = clock;
    }

    public void load() {
        run(store::teams, list -> showTeams(list, selectedTeam.get() == null ? null : selectedTeam.get().id()));
        loadRubrics();
    }

    /** Shows teams read a moment ago (with the store, at start-up) without reading them again. */
    public void show(List<Team> knownTeams) {
        showTeams(knownTeams, null);
        loadRubrics();
    }

    /** Loads the teams and selects this one (e.g. opened from the portfolio). */
    public void loadAndSelect(UUID teamId) {
        run(store::teams, list -> showTeams(list, teamId));
        loadRubrics();
    }

    /**
     * The rubrics (for "New assessment") load after the teams: reading and validating them takes
     * longer than the teams list, which is what the screen shows first.
     */
    private void loadRubrics() {
        run(() -> catalog.load().entries(), rubrics::setAll);
    }

    public void select(Team team) {
        selectedTeam.set(team);
        if (team == null) {
            assessments.clear();
            return;
        }
        run(() -> rowsOf(team.id()), rows -> {
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
            Team team = new SampleData(store).load(entry.rubric(), LocalDate.now(clock));
            return new Loaded(store.teams(), team.id());
        }, loaded -> showTeams(loaded.teams(), loaded.select()));
    }

    /** Creates the assessment, then hands it to {@code onCreated} (the wizard opens on it). */
    public void createAssessment(NewAssessment request, Consumer<Assessment> onCreated) {
        run(() -> store.createAssessment(request), onCreated);
    }

    /** The newest assessment of the selected team, offered as the one to carry answers over from. */
    public Optional<Assessment> latestAssessment() {
        return assessments.stream().map(AssessmentRow::assessment).findFirst();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void clearError() {
        error.set("");
    }

    private List<AssessmentRow> rowsOf(UUID teamId) {
        return store.assessments(teamId).stream()
                .map(a -> new AssessmentRow(a, calculator.score(store.rubricOf(a.id()), answersOf(a.id()))))
                .toList();
    }

    private java.util.Map<String, io.debtmeter.model.Answer> answersOf(UUID assessmentId) {
        java.util.Map<String, io.debtmeter.model.Answer> answers = new java.util.HashMap<>();
        store.responses(assessmentId).forEach((itemId, response) -> response.answer().ifPresent(a -> answers.put(itemId, a)));
        return answers;
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
