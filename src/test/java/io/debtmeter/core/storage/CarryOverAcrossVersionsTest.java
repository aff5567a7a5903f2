package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.CarryOverRule;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting a 2.0.0 assessment "from the previous one" made with 1.0.0 (issue 20): answers carry over only for
 * items whose meaning did not change; the others keep their note and are placed again.
 */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class CarryOverAcrossVersionsTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    private static Rubric version1;
    private static Rubric version2;

    @TempDir
    Path folder;

    @BeforeAll
    static void rubrics() throws Exception {
        version1 = new RubricLoader().load(Path.of("rubrics", "ml-technical-debt-1.0.0.json"));
        version2 = new RubricLoader().load(Path.of("rubrics", "ml-technical-debt.json"));
    }

    @Test
    void unchangedItemsCarryTheirAnswersAndChangedOnesOnlyTheirNotes() {
        try (AssessmentStore store = TestDatabase.create(dialect, folder, "a.db").open(
                new TestClock(Instant.parse("2026-10-01T09:00:00Z")))) {
            Team team = store.createTeam("Search");
            Assessment q3 = store.createAssessment(new NewAssessment(team.id(), version1, LocalDate.parse("2026-09-30"),
                    "2026-Q3", List.of(), Optional.empty()));
            // single-config did not change meaning in 2.0.0; code-review did (level 4 asks for less).
            store.saveResponse(q3.id(), new ItemResponse("single-config", Optional.of(new Answer.Level(3)), "one yaml",
                    List.of(), Map.of("3", 4), false));
            store.saveResponse(q3.id(), new ItemResponse("code-review", Optional.of(new Answer.Level(4)), "CI blocks merges",
                    List.of("https://ci.example/job"), Map.of("4", 3, "2", 1), false));
            store.saveResponse(q3.id(), TestRubrics.choice("litmus-paper-to-production", "within-a-week"));

            Assessment q4 = store.createAssessment(new NewAssessment(team.id(), version2, LocalDate.parse("2026-12-15"),
                    "2026-Q4", List.of(), Optional.of(q3.id())));
            Map<String, ItemResponse> carried = store.responses(q4.id());

            assertThat(carried.get("single-config")).isEqualTo(new ItemResponse("single-config",
                    Optional.of(new Answer.Level(3)), "one yaml", List.of(), Map.of("3", 4), true));
            assertThat(carried.get("code-review")).isEqualTo(new ItemResponse("code-review", Optional.empty(),
                    "CI blocks merges", List.of("https://ci.example/job"), Map.of(), false));
            assertThat(carried).doesNotContainKey("litmus-paper-to-production");
            assertThat(CarryOverRule.itemsToPlaceAgain(q3, version2)).contains("code-review", "litmus-paper-to-production")
                    .doesNotContain("single-config").hasSize(21);
        }
    }

    @Test
    void withinOneVersionEveryAnswerCarriesAsBefore() {
        try (AssessmentStore store = TestDatabase.create(dialect, folder, "b.db").open()) {
            Team team = store.createTeam("Search");
            Assessment q3 = store.createAssessment(new NewAssessment(team.id(), version2, LocalDate.parse("2026-09-30"),
                    "2026-Q3", List.of(), Optional.empty()));
            store.saveResponse(q3.id(), TestRubrics.level("code-review", 2));
            Assessment q4 = store.createAssessment(new NewAssessment(team.id(), version2, LocalDate.parse("2026-12-15"),
                    "2026-Q4", List.of(), Optional.of(q3.id())));

            assertThat(store.responses(q4.id()).get("code-review").answer()).contains(new Answer.Level(2));
            assertThat(store.responses(q4.id()).get("code-review").carriedOver()).isTrue();
            assertThat(CarryOverRule.itemsToPlaceAgain(q3, version2)).isEmpty();
        }
    }
}
