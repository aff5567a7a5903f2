package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A real SQLite store in a temp folder with one team, and the bundled rubrics: test data made through the store API. */
public final class WizardTestData implements AutoCloseable {

    public static final LocalDate Q3_DATE = LocalDate.of(2026, 7, 1);
    public static final LocalDate Q4_DATE = LocalDate.of(2026, 10, 1);

    public final AssessmentStore store;
    public final Team team;
    private final RubricCatalog.Contents catalog;

    private WizardTestData(AssessmentStore store, RubricCatalog.Contents catalog) {
        this.store = store;
        this.catalog = catalog;
        this.team = store.createTeam("Search ranking");
    }

    public static WizardTestData open(Path tempDir) {
        try {
            Path userRubrics = Files.createDirectories(tempDir.resolve("rubrics"));
            RubricCatalog.Contents catalog = new RubricCatalog(new RubricLoader(), userRubrics).load();
            return new WizardTestData(TestStores.create(tempDir, "t.db"), catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled default rubric, read as the app reads it (user rubrics in {@code tempDir}, none). */
    public static Rubric defaultRubric(Path tempDir) throws IOException {
        return new RubricCatalog(new RubricLoader(), Files.createDirectories(tempDir.resolve("rubrics")))
                .load().find("ml-technical-debt").orElseThrow().rubric();
    }

    /** In any store: the team "Search ranking" and its 2026-Q4 draft of {@code rubric}, dated 1 October. */
    public static Assessment newQ4(AssessmentStore store, Rubric rubric) {
        Team team = store.createTeam("Search ranking");
        return store.createAssessment(new NewAssessment(team.id(), rubric, Q4_DATE, "2026-Q4", List.of("Ana", "Ben"),
                Optional.empty()));
    }

    /** The default rubric: 30 items on a 0..4 scale, the last five litmus questions. */
    public Rubric mlTechnicalDebt() {
        return rubric("ml-technical-debt");
    }

    /** The ML Test Score: 28 practices on a 0 / 0.5 / 1 scale. */
    public Rubric mlTestScore() {
        return rubric("ml-test-score");
    }

    public Rubric rubric(String id) {
        return catalog.find(id).orElseThrow().rubric();
    }

    /** The sample team beside this one: the default rubric, four quarters up to 2026-11-15, the last a draft. */
    public Team loadSampleTeam() {
        return new SampleData(store).load(mlTechnicalDebt(), LocalDate.of(2026, 11, 15));
    }

    public Assessment q4() {
        return assessment(mlTechnicalDebt(), Q4_DATE, "2026-Q4", Optional.empty());
    }

    public Assessment assessment(Rubric rubric, LocalDate date, String period, Optional<UUID> carryOverFrom) {
        return store.createAssessment(new NewAssessment(team.id(), rubric, date, period, List.of("Ana", "Ben"), carryOverFrom));
    }

    /** A finished Q3 assessment whose first item was answered at the given level, with a note. */
    public Assessment finishedQ3(double firstItemLevel) {
        Assessment q3 = assessment(mlTechnicalDebt(), Q3_DATE, "2026-Q3", Optional.empty());
        Item first = mlTechnicalDebt().items().get(0);
        store.saveResponse(q3.id(), new ItemResponse(first.id(), Optional.of(new Answer.Level(firstItemLevel)),
                "From Q3", List.of(), Map.of(), false));
        store.finish(q3.id());
        return q3;
    }

    /**
     * An action on the first item of the finished {@code q3} ("Add a SHAP report to the release checklist",
     * Ana, due 30 September), added as a reopened Q3 would add it; q3 is finished again afterwards.
     */
    public ActionItem addQ3Action(Assessment q3) {
        store.reopen(q3.id());
        ActionItem action = store.addAction(q3.id(), mlTechnicalDebt().items().get(0).id(),
                "Add a SHAP report to the release checklist", "Ana", Optional.of(LocalDate.of(2026, 9, 30)));
        store.finish(q3.id());
        return action;
    }

    /**
     * Answers the items from this index up to, not including, the rubric's last one (which stays open):
     * item 3 N/A, litmus questions their (i mod options)-th option, other practices level (7i + i/4) mod 5.
     */
    public void answerInPattern(Assessment assessment, Rubric rubric, int fromIndex) {
        List<Item> items = rubric.items();
        for (int i = fromIndex; i < items.size() - 1; i++) {
            Item item = items.get(i);
            Answer answer = i == 3 ? new Answer.NotApplicable()
                    : item.kind() == ItemKind.LITMUS ? new Answer.Choice(item.options().get(i % item.options().size()).id())
                    : new Answer.Level((i * 7 + i / 4) % 5);
            store.saveResponse(assessment.id(), ItemResponse.open(item.id()).withAnswer(answer));
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
