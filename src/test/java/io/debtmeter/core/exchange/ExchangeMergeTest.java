package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.core.storage.TestDatabase;
import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merge rule of docs/decisions/0007-exchange-merge.md between two real databases: "here"
 * (where files are imported) and "there" (where they are exported), each with its own clock.
 */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class ExchangeMergeTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    private TestClock thereClock;
    private TestClock hereClock;
    private AssessmentStore there;
    private ExchangeFixture.Ids ids;
    private TestDatabase hereDb;

    @BeforeEach
    void bothHaveTheSameData() {
        thereClock = new TestClock(ExchangeFixture.START);
        there = TestDatabase.create(dialect, folder, "there.db").open(thereClock);
        ids = ExchangeFixture.fill(there, thereClock);
        hereDb = TestDatabase.create(dialect, folder, "here.db");
        hereClock = new TestClock(ExchangeFixture.START);
        try (AssessmentStore here = hereDb.open(hereClock)) {
            ExchangeImporter importer = new ExchangeImporter(here);
            importer.apply(importer.plan(ExchangeFixture.read(ExchangeFixture.exportDatabase(there))));
        }
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        there.close();
    }

    /** This database, opened after the test changed the other one. */
    private AssessmentStore openHere() {
        return hereDb.open(hereClock);
    }

    /** The other database as it is now, exported and read back as an import reads a file. */
    private ExchangeDocument thereAsAFile() {
        return ExchangeFixture.read(ExchangeFixture.exportDatabase(there));
    }

    @Test
    void aNewerCopyInTheFileUpdatesTheAssessmentWhole() {
        thereClock.advance(Duration.ofDays(1));
        there.saveResponse(ids.q3().id(), new ItemResponse("p2", Optional.of(new Answer.Level(0.5)), "decided", List.of(),
                Map.of(), false));
        try (AssessmentStore here = openHere()) {
            ExchangeImporter importer = new ExchangeImporter(here);
            ImportPlan plan = importer.plan(thereAsAFile());
            assertThat(plan.with(PlanEntry.Outcome.UPDATE)).extracting(PlanEntry::name)
                    .containsExactly("Search ranking · 2026-Q3");
            assertThat(plan.conflicts()).isEmpty();
            importer.apply(plan);
            assertThat(here.responses(ids.q3().id()).get("p2").answer()).contains(new Answer.Level(0.5));
            assertThat(here.assessment(ids.q3().id()).orElseThrow().updatedAt())
                    .isEqualTo(there.assessment(ids.q3().id()).orElseThrow().updatedAt());
        }
    }

    @Test
    void aTargetChangedLaterInTheFileReachesThisDatabase() {
        // Only a target changes there: the assessment's changed time must say so, or the import
        // would keep the older target here and report nothing lost.
        thereClock.advance(Duration.ofDays(1));
        there.setCategoryTarget(ids.q2().id(), "c1", OptionalDouble.of(80));
        assertThat(there.assessment(ids.q2().id()).orElseThrow().updatedAt())
                .isEqualTo(thereClock.instant());
        try (AssessmentStore here = openHere()) {
            ExchangeImporter importer = new ExchangeImporter(here);
            ImportPlan plan = importer.plan(thereAsAFile());
            assertThat(plan.with(PlanEntry.Outcome.UPDATE)).extracting(PlanEntry::name)
                    .containsExactly("Search ranking · 2026-Q2");
            assertThat(plan.conflicts()).isEmpty();
            importer.apply(plan);
            assertThat(here.targets(ids.q2().id())).isEqualTo(there.targets(ids.q2().id()));
        }
    }

    @Test
    void aCopyChangedHereAsRecentlyIsAConflictAndStaysAsItIs() {
        byte[] file;
        thereClock.advance(Duration.ofDays(1));
        there.saveResponse(ids.q3().id(), new ItemResponse("p2", Optional.of(new Answer.Level(0)), "", List.of(), Map.of(), false));
        file = ExchangeFixture.exportDatabase(there);
        try (AssessmentStore here = hereDb.open(hereClock)) {
            // Changed here two days later than there: the local copy is newer.
            hereClock.advance(Duration.ofDays(2));
            here.saveResponse(ids.q3().id(), new ItemResponse("p2", Optional.of(new Answer.Level(1)), "", List.of(), Map.of(), false));
            String before = hereDb.dump();
            ExchangeImporter importer = new ExchangeImporter(here);
            ImportPlan plan = importer.plan(ExchangeFixture.read(file));
            assertThat(plan.conflicts()).extracting(PlanEntry::name).containsExactly("Search ranking · 2026-Q3");
            assertThat(plan.conflicts().get(0).reason()).contains("changed here").contains("kept as it is");
            assertThat(plan.changesSomething()).isFalse();
            importer.apply(plan);
            assertThat(hereDb.dump()).isEqualTo(before);
        }
    }

    @Test
    void aFinalAssessmentIsNeverChangedByAnOlderCopy() {
        byte[] olderDraft = ExchangeFixture.exportDatabase(there);
        try (AssessmentStore here = hereDb.open(hereClock)) {
            hereClock.advance(Duration.ofDays(3));
            here.saveResponse(ids.q3().id(), new ItemResponse("p2", Optional.of(new Answer.Level(1)), "", List.of(), Map.of(), false));
            here.finish(ids.q3().id());
            String before = hereDb.dump();
            ExchangeImporter importer = new ExchangeImporter(here);
            ImportPlan plan = importer.plan(ExchangeFixture.read(olderDraft));
            assertThat(plan.conflicts()).singleElement().satisfies(entry -> {
                assertThat(entry.name()).isEqualTo("Search ranking · 2026-Q3");
                assertThat(entry.reason()).contains("(final)");
            });
            importer.apply(plan);
            assertThat(hereDb.dump()).isEqualTo(before);
        }
    }

    @Test
    void aDifferentTeamWithTheSameNameIsAConflictAndNothingOfItIsImported() throws Exception {
        TestDatabase other = TestDatabase.create(dialect, folder, "other.db");
        TestClock otherClock = new TestClock(ExchangeFixture.START);
        byte[] file;
        try (AssessmentStore elsewhere = other.open(otherClock)) {
            ExchangeFixture.fill(elsewhere, otherClock);   // same names, new ids
            file = ExchangeFixture.exportDatabase(elsewhere);
        }
        try (AssessmentStore here = hereDb.open(hereClock)) {
            String before = hereDb.dump();
            ExchangeImporter importer = new ExchangeImporter(here);
            ImportPlan plan = importer.plan(ExchangeFixture.read(file));
            // By hand: 2 teams + 3 assessments + 2 actions, all held back by the two team-name conflicts.
            assertThat(plan.conflicts()).hasSize(7);
            assertThat(plan.conflicts().get(0).reason()).contains("another team called \"");
            assertThat(plan.conflicts().get(2).reason()).contains("its team is not imported");
            importer.apply(plan);
            assertThat(hereDb.dump()).isEqualTo(before);
        }
    }

    @Test
    void aNewerRenameInTheFileRenamesTheTeam() {
        thereClock.advance(Duration.ofDays(1));
        there.renameTeam(ids.fraud().id(), "Fraud & abuse");
        try (AssessmentStore here = openHere()) {
            ExchangeImporter importer = new ExchangeImporter(here);
            ImportPlan plan = importer.plan(thereAsAFile());
            assertThat(plan.with(PlanEntry.Outcome.UPDATE)).singleElement()
                    .satisfies(entry -> assertThat(entry.reason()).isEqualTo("renamed from \"Fraud detection\""));
            importer.apply(plan);
            assertThat(here.team(ids.fraud().id()).orElseThrow().name()).isEqualTo("Fraud & abuse");
        }
    }

    @Test
    void aPlanMadeBeforeTheDatabaseChangedIsRefusedAndWritesNothing() {
        thereClock.advance(Duration.ofDays(1));
        there.renameTeam(ids.fraud().id(), "Fraud & abuse");
        try (AssessmentStore here = openHere()) {
            ExchangeImporter importer = new ExchangeImporter(here);
            ImportPlan plan = importer.plan(thereAsAFile());
            hereClock.advance(Duration.ofMinutes(1));
            here.saveResponse(ids.q3().id(), new ItemResponse("p2", Optional.of(new Answer.Level(1)), "", List.of(), Map.of(), false));
            String before = hereDb.dump();
            assertThatThrownBy(() -> importer.apply(plan)).isInstanceOf(PlanOutdatedException.class)
                    .hasMessageContaining("changed after the import preview");
            assertThat(hereDb.dump()).isEqualTo(before);
        }
    }

    @Test
    void aFailureHalfwayThroughLeavesNothingBehind() throws Exception {
        TestDatabase empty = TestDatabase.create(dialect, folder, "empty.db");
        try (AssessmentStore store = empty.open(new TestClock(ExchangeFixture.START))) {
            // The last kind of row written (actions) fails after teams, snapshots, assessments and answers went in.
            if (dialect == SqlDialect.SQLITE) {
                empty.execute("CREATE TRIGGER no_actions BEFORE INSERT ON action_item"
                        + " BEGIN SELECT RAISE(ABORT, 'the disk is on fire'); END");
            } else {
                empty.execute("CREATE FUNCTION no_actions() RETURNS trigger LANGUAGE plpgsql"
                                + " AS $$ BEGIN RAISE EXCEPTION 'the disk is on fire'; END; $$",
                        "CREATE TRIGGER no_actions BEFORE INSERT ON action_item FOR EACH ROW EXECUTE FUNCTION no_actions()");
            }
            String before = empty.dump();
            ExchangeImporter importer = new ExchangeImporter(store);
            ImportPlan plan = importer.plan(ExchangeFixture.read(ExchangeFixture.exportDatabase(there)));
            assertThatThrownBy(() -> importer.apply(plan)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Could not import the file");
            assertThat(empty.dump()).isEqualTo(before);
            assertThat(store.teams()).isEmpty();
        }
    }
}
