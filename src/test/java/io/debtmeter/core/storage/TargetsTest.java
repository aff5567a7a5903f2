package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Targets per category and item: kept, changed, cleared, and refused when the rubric cannot reach them. */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class TargetsTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:00:00.000Z"));
    private TestDatabase db;
    private AssessmentStore store;
    private Assessment tiny;
    private Assessment defaultRubric;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.create(dialect, folder, "targets.db");
        store = db.open(clock);
        Team team = store.createTeam("Search");
        tiny = store.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(), LocalDate.of(2026, 11, 1),
                "2026-Q4", List.of(), Optional.empty()));
        defaultRubric = store.createAssessment(new NewAssessment(team.id(), TestRubrics.defaultRubric(),
                LocalDate.of(2026, 8, 1), "2026-Q3", List.of(), Optional.empty()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anAssessmentWithoutTargetsHasNone() {
        assertThat(store.targets(tiny.id())).isEqualTo(Targets.none());
        assertThat(store.targets(UUID.randomUUID())).isEqualTo(Targets.none());
    }

    @Test
    void targetsAreKeptPerAssessmentChangedAndCleared() {
        store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(62.5));
        store.setItemTarget(tiny.id(), "p1", OptionalDouble.of(0.5));
        store.setItemTarget(tiny.id(), "p2", OptionalDouble.of(1));
        store.setCategoryTarget(defaultRubric.id(), "configuration", OptionalDouble.of(100));

        store.setItemTarget(tiny.id(), "p1", OptionalDouble.of(1));
        store.setItemTarget(tiny.id(), "p2", OptionalDouble.empty());
        store.setItemTarget(tiny.id(), "l1", OptionalDouble.empty());

        assertThat(store.targets(tiny.id())).isEqualTo(new Targets(Map.of("c1", 62.5), Map.of("p1", 1.0)));
        assertThat(store.targets(defaultRubric.id())).isEqualTo(new Targets(Map.of("configuration", 100.0), Map.of()));
        assertThat(db.single("SELECT count(*) FROM target")).isEqualTo("3");
    }

    @Test
    void changingATargetKeepsItsIdAndCreationTime() {
        store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(40));
        String before = db.single("SELECT CAST(id AS TEXT) || ' ' || " + db.utcText("created_at") + " FROM target");
        clock.advance(Duration.ofMinutes(5));

        store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(50));

        assertThat(db.single("SELECT CAST(id AS TEXT) || ' ' || " + db.utcText("created_at") + " FROM target")).isEqualTo(before);
        assertThat(db.single("SELECT " + db.utcText("updated_at") + " FROM target")).isEqualTo("2026-11-26T10:05:00.000Z");
        assertThat(store.targets(tiny.id()).forCategory("c1")).hasValue(50);
    }

    /** Targets are planning for next quarter: a final assessment still takes them, unlike answers. */
    @Test
    void aFinalAssessmentStillTakesTargets() {
        store.finish(tiny.id());

        store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(0));
        store.setItemTarget(tiny.id(), "l1", OptionalDouble.of(1));

        assertThat(store.targets(tiny.id())).isEqualTo(new Targets(Map.of("c1", 0.0), Map.of("l1", 1.0)));
        assertThat(store.assessment(tiny.id()).orElseThrow().isFinal()).isTrue();
    }

    @Test
    void litmusTargetsAreScoresOfTheirOptionsAndPracticeTargetsLevelsOfTheItem() {
        store.setItemTarget(defaultRubric.id(), "litmus-onboarding-docs", OptionalDouble.of(3));
        store.setItemTarget(defaultRubric.id(), "data-versioning", OptionalDouble.of(4));

        assertThat(store.targets(defaultRubric.id()).itemLevel())
                .isEqualTo(Map.of("litmus-onboarding-docs", 3.0, "data-versioning", 4.0));
        refusedLeavingEverything(() -> store.setItemTarget(defaultRubric.id(), "data-versioning", OptionalDouble.of(2.5)),
                "The target was not saved: level 2.5 is not on the scale of item 'data-versioning'.");
    }

    @Test
    void targetsTheRubricCannotReachAreRefusedAndNothingChanges() {
        store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(40));
        store.setItemTarget(tiny.id(), "p1", OptionalDouble.of(0.5));

        refusedLeavingEverything(() -> store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(100.5)),
                "The target was not saved: a category target is a maturity from 0 to 100, not 100.5.");
        refusedLeavingEverything(() -> store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(-1)),
                "The target was not saved: a category target is a maturity from 0 to 100, not -1.");
        refusedLeavingEverything(() -> store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(Double.NaN)),
                "The target was not saved: a category target is a maturity from 0 to 100, not NaN.");
        refusedLeavingEverything(() -> store.setCategoryTarget(tiny.id(), "configuration", OptionalDouble.of(50)),
                "The target was not saved: the rubric tiny 1.0 has no category 'configuration'.");
        refusedLeavingEverything(() -> store.setItemTarget(tiny.id(), "p1", OptionalDouble.of(0.25)),
                "The target was not saved: level 0.25 is not on the scale of item 'p1'.");
        refusedLeavingEverything(() -> store.setItemTarget(tiny.id(), "l1", OptionalDouble.of(0.5)),
                "The target was not saved: level 0.5 is not on the scale of item 'l1'.");
        refusedLeavingEverything(() -> store.setItemTarget(tiny.id(), "p3", OptionalDouble.of(1)),
                "The target was not saved: the rubric tiny 1.0 has no item 'p3'.");
        refusedLeavingEverything(() -> store.setItemTarget(UUID.randomUUID(), "p1", OptionalDouble.of(1)),
                "This assessment no longer exists.");
        assertThat(store.targets(tiny.id())).isEqualTo(new Targets(Map.of("c1", 40.0), Map.of("p1", 0.5)));
    }

    @Test
    void deletingTheAssessmentDeletesItsTargets() {
        store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(40));
        store.setCategoryTarget(defaultRubric.id(), "configuration", OptionalDouble.of(40));

        store.deleteAssessment(tiny.id());

        assertThat(db.single("SELECT " + db.joined("ref_id", ",") + " FROM target")).isEqualTo("configuration");
    }

    @Test
    void aReadOnlyStoreRefusesTargets() throws Exception {
        store.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(40));
        store.close();
        String before = db.dump();
        try (AssessmentStore viewer = db.openReadOnly()) {
            assertThat(viewer.targets(tiny.id()).forCategory("c1")).hasValue(40);
            assertThatThrownBy(() -> viewer.setCategoryTarget(tiny.id(), "c1", OptionalDouble.of(50)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("opened read-only");
        }
        assertThat(db.dump()).isEqualTo(before);
        store = db.open();
    }

    private void refusedLeavingEverything(Executable change, String message) {
        String before = db.dump();

        assertThatThrownBy(change::execute).isInstanceOf(StoreException.class).hasMessage(message);

        assertThat(db.dump()).isEqualTo(before);
    }
}
