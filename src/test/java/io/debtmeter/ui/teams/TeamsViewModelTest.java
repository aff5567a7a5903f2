package io.debtmeter.ui.teams;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStores;
import io.debtmeter.ui.task.QueuedTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Teams screen's state without a window: its rows, and when the rubrics are read. */
class TeamsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tempDir;

    private AssessmentStore store;
    private RubricCatalog catalog;
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();

    @BeforeEach
    void open() throws Exception {
        store = TestStores.create(tempDir, "teams.db");
        catalog = new RubricCatalog(new RubricLoader(), Files.createDirectories(tempDir.resolve("rubrics")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TeamsViewModel viewModel() {
        return new TeamsViewModel(store, catalog, executor, CLOCK);
    }

    @Test
    void theOpeningReadShowsTheTeamsAndTheFirstTeamsRowsWithTheirHeadlineScoresNewestFirst() {
        Rubric rubric = catalog.load().find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric();
        Team team = store.createTeam("Search");
        // Every practice at one level, every litmus question N/A: on the 0..4 scale each scored
        // category's maturity is 100 * level / 4, so the debt index is 100 - 25 * level.
        assessed(team, rubric, LocalDate.of(2026, 4, 1), 1, 0);   // 75.0 -> D
        assessed(team, rubric, LocalDate.of(2026, 10, 1), 3, 2);  // 25.0 -> B, two practices left open
        store.createTeam("Tabular");  // sorted after "Search", so not the one the screen opens on
        TeamsViewModel viewModel = viewModel();

        viewModel.show(TeamsViewModel.readOpening(store));

        assertThat(executor.pending()).isZero();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.selectedTeamProperty().get()).isEqualTo(team);
        assertThat(viewModel.assessments()).extracting(row -> row.assessment().date())
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 4, 1));
        AssessmentRow newest = viewModel.assessments().get(0);
        assertThat(newest.score().debtIndex()).hasValue(25.0);
        assertThat(newest.score().grade()).get().extracting(band -> band.label()).isEqualTo("B");
        // 25 practices and 5 litmus questions: 23 practices answered, 5 N/A, 2 open.
        assertThat(newest.score().coverage()).isEqualTo(new Coverage(23, 5, 2));
        AssessmentRow oldest = viewModel.assessments().get(1);
        assertThat(oldest.score().debtIndex()).hasValue(75.0);
        assertThat(oldest.score().grade()).get().extracting(band -> band.label()).isEqualTo("D");
    }

    @Test
    void showingAndSelectingTeamsDoesNotReadTheRubricsAndThePreloadDoesNotShowTheSpinner() {
        store.createTeam("Search");
        TeamsViewModel viewModel = viewModel();

        viewModel.show(TeamsViewModel.readOpening(store));
        viewModel.select(viewModel.teams().get(0));
        executor.runAll();
        assertThat(viewModel.rubrics()).isEmpty();

        viewModel.preloadRubrics();
        assertThat(viewModel.busyProperty().get()).isFalse();
        executor.runAll();

        assertThat(viewModel.rubrics()).extracting(entry -> entry.rubric().id())
                .containsExactly("ml-technical-debt", "ml-technical-debt", "ml-test-score");
    }

    @Test
    void askingForTheRubricsBeforeThePreloadReadsThemWithTheSpinner() {
        TeamsViewModel viewModel = viewModel();
        List<List<CatalogEntry>> handed = new ArrayList<>();

        viewModel.withRubrics(handed::add);

        assertThat(handed).isEmpty();
        assertThat(viewModel.busyProperty().get()).isTrue();
        executor.runAll();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(handed).hasSize(1);
        assertThat(handed.get(0)).extracting(entry -> entry.rubric().id())
                .containsExactly("ml-technical-debt", "ml-technical-debt", "ml-test-score");

        viewModel.withRubrics(handed::add);
        assertThat(executor.pending()).isZero();
        assertThat(handed).hasSize(2);
        assertThat(handed.get(1)).isEqualTo(handed.get(0));
    }

    private void assessed(Team team, Rubric rubric, LocalDate date, double level, int practicesLeftOpen) {
        Assessment assessment = store.createAssessment(new NewAssessment(team.id(), rubric, date, "2026",
                List.of("Ana"), Optional.empty()));
        int skipped = 0;
        for (Item item : rubric.items()) {
            if (item.kind() == ItemKind.PRACTICE && skipped < practicesLeftOpen) {
                skipped++;
                continue;
            }
            Answer answer = item.kind() == ItemKind.PRACTICE ? new Answer.Level(level) : new Answer.NotApplicable();
            store.saveResponse(assessment.id(), ItemResponse.open(item.id()).withAnswer(answer));
        }
    }

    @Test
    void aSampleTeamThatCannotBeAddedSaysWhyInTheWindowsLanguage() throws Exception {
        Path file = store.location();
        store.close();
        store = SqliteAssessmentStore.openReadOnly(file, Locale.JAPANESE);
        TeamsViewModel viewModel = new TeamsViewModel(store, catalog, executor, CLOCK, Locale.JAPANESE);

        viewModel.loadSampleData();
        executor.runAll();

        assertThat(viewModel.errorProperty().get()).isEqualTo("サンプルチームを追加できませんでした："
                + file + " は読み取り専用で開いているため、変更できません。");
    }
}
