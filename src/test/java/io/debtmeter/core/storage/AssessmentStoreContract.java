package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store contract: every field through the store and back, also after closing and reopening the
 * database, and what the database itself holds to. Run for every store behind {@link AssessmentStore}
 * (decision 0031): {@link SqliteAssessmentStoreTest} on a file, PostgresAssessmentStoreTest on a
 * throwaway server (an empty database, so that every test also migrates one). A subclass says which
 * {@link TestDatabase}.
 */
public abstract class AssessmentStoreContract {

    protected static final Instant START = Instant.parse("2026-11-26T09:00:00.123Z");

    @TempDir
    Path folder;

    protected final TestClock clock = new TestClock(START);
    protected AssessmentStore store;
    private TestDatabase database;

    /** A new, empty database for one test (called before each), in {@code folder} if it is a file. */
    protected abstract TestDatabase newDatabase(Path folder);

    @BeforeEach
    void open() {
        database = newDatabase(folder);
        store = database.open(clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    protected void reopen() {
        store.close();
        store = database.open(clock);
    }

    private SqlDialect dialect() {
        return database.dialect();
    }

    private String single(String sql) {
        return database.single(sql);
    }

    private String dump() {
        return database.dump();
    }

    /** A write through a connection of its own, as another tool on the same database would make. */
    private void writePastTheStore(String sql) throws SQLException {
        database.execute(sql);
    }

    private String utcText(String column) {
        return database.utcText(column);
    }

    private Assessment newAssessment(Team team, Rubric rubric, LocalDate date) {
        return store.createAssessment(new NewAssessment(team.id(), rubric, date, "2026-Q4",
                List.of("Aiko", "Chloé"), Optional.empty()));
    }

    @Test
    void teamRoundTrips() throws Exception {
        Team created = store.createTeam("  Équipe données 日本  ");

        assertThat(created.name()).isEqualTo("Équipe données 日本");
        assertThat(created.createdAt()).isEqualTo(START).isEqualTo(created.updatedAt());
        reopen();
        assertThat(store.team(created.id())).contains(created);
        assertThat(store.teams()).containsExactly(created);
    }

    @Test
    void renameKeepsIdAndCreationAndBumpsUpdated() throws Exception {
        Team team = store.createTeam("Search");
        clock.advance(Duration.ofMinutes(5));

        Team renamed = store.renameTeam(team.id(), "search ranking");

        reopen();
        assertThat(store.team(team.id())).contains(renamed);
        assertThat(renamed.name()).isEqualTo("search ranking");
        assertThat(renamed.createdAt()).isEqualTo(START);
        assertThat(renamed.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aTeamMayChangeTheCaseOfItsOwnName() {
        Team team = store.createTeam("search");

        assertThat(store.renameTeam(team.id(), "Search").name()).isEqualTo("Search");
    }

    @Test
    void teamsAreSortedByNameIgnoringCase() {
        store.createTeam("beta");
        store.createTeam("Alpha");
        store.createTeam("Émile");
        store.createTeam("gamma");

        assertThat(store.teams()).extracting(Team::name).containsExactly("Alpha", "beta", "gamma", "Émile");
    }

    @Test
    void assessmentRoundTripsWithItsRubricSnapshot() throws Exception {
        Team team = store.createTeam("Search");
        Rubric rubric = TestRubrics.defaultRubric();

        Assessment created = newAssessment(team, rubric, LocalDate.of(2026, 11, 26));

        assertThat(created.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(created.rubricId()).isEqualTo("ml-technical-debt");
        assertThat(created.rubricVersion()).isEqualTo(rubric.version());
        assertThat(created.participants()).containsExactly("Aiko", "Chloé");
        reopen();
        assertThat(store.assessment(created.id())).contains(created);
        assertThat(store.rubricOf(created.id())).isEqualTo(rubric);
    }

    @Test
    void everyKindOfResponseRoundTrips() throws Exception {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        ItemResponse level = new ItemResponse("p1", Optional.of(new Answer.Level(0.5)),
                "日本語のメモ — café, naïve, Ærø", List.of("https://wiki.example/p1", "file:///srv/notes.md"),
                Map.of("0.5", 3, "1", 2), false);
        ItemResponse notApplicable = new ItemResponse("p2", Optional.of(new Answer.NotApplicable()), "",
                List.of(), Map.of(), true);
        ItemResponse choice = new ItemResponse("l1", Optional.of(new Answer.Choice("no")), "we argued",
                List.of(), Map.of("yes", 1, "no", 4), false);

        store.saveResponse(assessment.id(), level);
        store.saveResponse(assessment.id(), notApplicable);
        store.saveResponse(assessment.id(), choice);

        reopen();
        assertThat(store.responses(assessment.id()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("p1", level, "p2", notApplicable, "l1", choice));
    }

    @Test
    void anOpenResponseKeepsItsNoteAndReplacingAnAnswerKeepsOneRow() throws Exception {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        store.saveResponse(assessment.id(), ItemResponse.open("p1").withAnswer(new Answer.Level(1)));

        ItemResponse open = ItemResponse.open("p1").withNote("ask the data team");
        store.saveResponse(assessment.id(), open);

        reopen();
        assertThat(store.responses(assessment.id())).containsExactly(Map.entry("p1", open));
        assertThat(single("SELECT count(*) FROM response")).isEqualTo("1");
    }

    @Test
    void savingAnAnswerBumpsTheAssessmentsUpdatedTime() {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        clock.advance(Duration.ofSeconds(42));

        store.saveResponse(assessment.id(), ItemResponse.open("p1").withAnswer(new Answer.Level(0)));

        Assessment after = store.assessment(assessment.id()).orElseThrow();
        assertThat(after.updatedAt()).isEqualTo(START.plusSeconds(42));
        assertThat(after.createdAt()).isEqualTo(START);
    }

    @Test
    void settingOrClearingATargetBumpsTheAssessmentsUpdatedTimeEvenWhenFinal() {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        store.finish(assessment.id());
        clock.advance(Duration.ofSeconds(42));

        store.setCategoryTarget(assessment.id(), "c1", java.util.OptionalDouble.of(75));
        assertThat(store.assessment(assessment.id()).orElseThrow().updatedAt()).isEqualTo(START.plusSeconds(42));

        clock.advance(Duration.ofSeconds(8));
        store.setCategoryTarget(assessment.id(), "c1", java.util.OptionalDouble.empty());
        assertThat(store.assessment(assessment.id()).orElseThrow().updatedAt()).isEqualTo(START.plusSeconds(50));
        assertThat(store.assessment(assessment.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.FINAL);
    }

    @Test
    void updateDetailsFinishAndReopen() throws Exception {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        clock.advance(Duration.ofMinutes(1));

        Assessment changed = store.updateDetails(assessment.id(), LocalDate.of(2026, 12, 1), "2026-Q4b",
                List.of("Ben"));
        Assessment finished = store.finish(assessment.id());
        reopen();

        assertThat(changed.date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(changed.period()).isEqualTo("2026-Q4b");
        assertThat(changed.participants()).containsExactly("Ben");
        assertThat(changed.updatedAt()).isEqualTo(START.plusSeconds(60));
        assertThat(store.assessment(assessment.id())).contains(finished);
        assertThat(finished.isFinal()).isTrue();
        assertThat(store.reopen(assessment.id()).status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void assessmentsComeNewestFirstAndPreviousIsStrictlyEarlier() {
        Team team = store.createTeam("Search");
        Team other = store.createTeam("Other");
        Assessment q2 = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 6, 30));
        clock.advance(Duration.ofSeconds(1));
        Assessment q4 = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 12, 15));
        clock.advance(Duration.ofSeconds(1));
        Assessment q4again = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 12, 15));
        clock.advance(Duration.ofSeconds(1));
        Assessment q3 = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 9, 30));
        newAssessment(other, TestRubrics.tiny(), LocalDate.of(2026, 12, 1));

        assertThat(store.assessments(team.id())).containsExactly(q4again, q4, q3, q2);
        assertThat(store.previousAssessment(q4again.id())).contains(q4);
        assertThat(store.previousAssessment(q4.id())).contains(q3);
        assertThat(store.previousAssessment(q3.id())).contains(q2);
        assertThat(store.previousAssessment(q2.id())).isEmpty();
    }

    @Test
    void carryOverCopiesWhatStillFitsTheNewRubricMarkedAsCarriedOver() {
        Team team = store.createTeam("Search");
        Assessment earlier = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 9, 30));
        ItemResponse p1 = new ItemResponse("p1", Optional.of(new Answer.Level(1)), "automated",
                List.of("https://ci.example"), Map.of("1", 5), false);
        store.saveResponse(earlier.id(), p1);
        store.saveResponse(earlier.id(), ItemResponse.open("p2").withAnswer(new Answer.Level(0.5)));
        store.saveResponse(earlier.id(), ItemResponse.open("l1").withAnswer(new Answer.Choice("yes")));

        Assessment next = store.createAssessment(new NewAssessment(team.id(), TestRubrics.tinyVersion2(),
                LocalDate.of(2026, 12, 15), "2026-Q4", List.of(), Optional.of(earlier.id())));

        Map<String, ItemResponse> carried = store.responses(next.id());
        assertThat(carried).containsOnlyKeys("p1", "l1");
        assertThat(carried.get("p1")).isEqualTo(new ItemResponse("p1", p1.answer(), "automated",
                List.of("https://ci.example"), Map.of("1", 5), true));
        assertThat(carried.get("l1").carriedOver()).isTrue();
        assertThat(store.responses(earlier.id())).allSatisfy((item, r) -> assertThat(r.carriedOver()).isFalse());
    }

    @Test
    void aSnapshotIsStoredOncePerDistinctRubric() {
        Team team = store.createTeam("Search");
        for (int i = 0; i < 5; i++) {
            newAssessment(team, TestRubrics.defaultRubric(), LocalDate.of(2026, 1, 1).plusDays(i));
        }
        Assessment other = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 2, 1));

        assertThat(single("SELECT count(*) FROM rubric_snapshot")).isEqualTo("2");
        assertThat(store.rubricOf(other.id())).isEqualTo(TestRubrics.tiny());
    }

    @Test
    void aSnapshotEditedOutsideTheAppIsReportedAsDamagedAndLeftAsItIs() throws Exception {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 2, 1));
        store.close();
        // Still valid JSON and a valid rubric: only the stored hash can tell it was changed.
        if (dialect() == SqlDialect.SQLITE) {
            writePastTheStore("UPDATE rubric_snapshot SET content = replace(content, '\"Tiny', '\"Tampered')");
            assertThat(single("SELECT instr(content, '\"Tampered') > 0 FROM rubric_snapshot")).isEqualTo("1");
        } else {
            writePastTheStore("UPDATE rubric_snapshot SET content = replace(content::text, '\"Tiny', '\"Tampered')::json");
            assertThat(single("SELECT (strpos(content::text, '\"Tampered') > 0)::int FROM rubric_snapshot")).isEqualTo("1");
        }
        String before = dump();
        store = database.open(clock);

        assertThatThrownBy(() -> store.rubricOf(assessment.id()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged: its content no longer matches its hash");
        store.close();
        assertThat(dump()).isEqualTo(before);
        store = database.open(clock);
    }

    @Test
    void actionsRoundTripOpenOnesFirstThenByCreation() throws Exception {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        ActionItem first = store.addAction(assessment.id(), "p1", "Version the training data", "Chloé",
                Optional.of(LocalDate.of(2027, 1, 31)));
        clock.advance(Duration.ofSeconds(1));
        ActionItem second = store.addAction(assessment.id(), "l1", "Write the runbook", "", Optional.empty());
        clock.advance(Duration.ofSeconds(1));
        ActionItem third = store.addAction(assessment.id(), "p2", "Monitor drift", "Ben", Optional.empty());
        clock.advance(Duration.ofSeconds(1));

        ActionItem done = store.updateAction(new ActionItem(first.id(), first.teamId(), first.raisedIn(), first.itemId(),
                "Version the training data (DVC)", "Aiko", Optional.of(LocalDate.of(2027, 2, 28)), ActionStatus.DONE,
                first.createdAt(), first.updatedAt()));

        reopen();
        assertThat(store.actions(team.id())).containsExactly(second, third, done);
        assertThat(first.teamId()).isEqualTo(team.id());
        assertThat(first.raisedIn()).isEqualTo(assessment.id());
        assertThat(first.due()).contains(LocalDate.of(2027, 1, 31));
        assertThat(second.due()).isEmpty();
        assertThat(done.text()).isEqualTo("Version the training data (DVC)");
        assertThat(done.owner()).isEqualTo("Aiko");
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.createdAt()).isEqualTo(START);
        assertThat(done.updatedAt()).isEqualTo(START.plusSeconds(3));
    }

    @Test
    void anActionKeepsTheTimeItWasClosedThroughLaterEditsAndLosesItWhenReopened() throws Exception {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        ActionItem added = store.addAction(assessment.id(), "p1", "Add a schema check", "Aiko", Optional.empty());
        assertThat(added.closedAt()).isEmpty();

        clock.advance(Duration.ofDays(10));
        ActionItem done = store.updateAction(withStatus(added, "Add a schema check", ActionStatus.DONE));
        Instant closed = START.plus(Duration.ofDays(10));
        assertThat(done.closedAt()).contains(closed);

        clock.advance(Duration.ofDays(30));
        ActionItem corrected = store.updateAction(withStatus(done, "Add a schema check to ingestion", ActionStatus.DONE));
        clock.advance(Duration.ofDays(1));
        ActionItem dropped = store.updateAction(withStatus(corrected, corrected.text(), ActionStatus.DROPPED));
        assertThat(corrected.updatedAt()).isEqualTo(START.plus(Duration.ofDays(40)));
        assertThat(dropped.updatedAt()).isEqualTo(START.plus(Duration.ofDays(41)));
        assertThat(corrected.closedAt()).as("an edit is not a closing").contains(closed);
        assertThat(dropped.closedAt()).as("done to dropped: closed all along").contains(closed);

        clock.advance(Duration.ofDays(1));
        ActionItem reopened = store.updateAction(withStatus(dropped, dropped.text(), ActionStatus.OPEN));
        assertThat(reopened.closedAt()).isEmpty();
        clock.advance(Duration.ofDays(1));
        ActionItem doneAgain = store.updateAction(withStatus(reopened, reopened.text(), ActionStatus.DONE));
        assertThat(doneAgain.closedAt()).contains(START.plus(Duration.ofDays(43)));

        reopen();
        assertThat(store.actions(team.id())).containsExactly(doneAgain);
        assertThat(single("SELECT " + utcText("closed_at") + " FROM action_item")).isEqualTo("2027-01-08T09:00:00.123Z");
    }

    @Test
    void theDatabaseRefusesAClosingTimeThatDisagreesWithTheStatus() {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        ActionItem open = store.addAction(assessment.id(), "p1", "Add a schema check", "Aiko", Optional.empty());
        String before = dump();

        // Written past the store, as another tool might: the triggers of schema 4 still hold.
        assertThatThrownBy(() -> writePastTheStore(
                "UPDATE action_item SET closed_at = '2026-11-27T10:00:00.000Z' WHERE id = '" + open.id() + "'"))
                .hasMessageContaining("closed_at must be set exactly when the action is done or dropped");
        assertThatThrownBy(() -> writePastTheStore(
                "UPDATE action_item SET status = 'done' WHERE id = '" + open.id() + "'"))
                .hasMessageContaining("closed_at must be set exactly when the action is done or dropped");
        assertThat(dump()).isEqualTo(before);
    }

    private static ActionItem withStatus(ActionItem action, String text, ActionStatus status) {
        return new ActionItem(action.id(), action.teamId(), action.raisedIn(), action.itemId(), text, action.owner(),
                action.due(), status, action.createdAt(), action.updatedAt());
    }

    @Test
    void deletingATeamDeletesItsAssessmentsAnswersAndActions() {
        Team team = store.createTeam("Search");
        Team kept = store.createTeam("Kept");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        store.saveResponse(assessment.id(), ItemResponse.open("p1").withAnswer(new Answer.Level(1)));
        store.addAction(assessment.id(), "p1", "Do it", "", Optional.empty());
        Assessment keptAssessment = newAssessment(kept, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));

        store.deleteTeam(team.id());

        assertThat(store.teams()).containsExactly(kept);
        assertThat(store.assessment(assessment.id())).isEmpty();
        assertThat(store.assessment(keptAssessment.id())).isPresent();
        assertThat(single("SELECT count(*) FROM response")).isEqualTo("0");
        assertThat(single("SELECT count(*) FROM action_item")).isEqualTo("0");
    }

    @Test
    void deletingAnAssessmentKeepsItsActionsForTheTeam() {
        Team team = store.createTeam("Search");
        Assessment assessment = newAssessment(team, TestRubrics.tiny(), LocalDate.of(2026, 11, 26));
        store.saveResponse(assessment.id(), ItemResponse.open("p1").withAnswer(new Answer.Level(1)));
        store.addAction(assessment.id(), "p1", "Do it", "", Optional.empty());

        store.deleteAssessment(assessment.id());

        assertThat(store.assessments(team.id())).isEmpty();
        assertThat(store.responses(assessment.id())).isEmpty();
        assertThat(store.actions(team.id())).singleElement().satisfies(a -> assertThat(a.raisedIn()).isNull());
    }

    @Test
    void timesAreStoredAsTheInstantInUtcToTheMillisecond() {
        store.createTeam("Search");

        assertThat(single("SELECT " + utcText("created_at") + " FROM team")).isEqualTo("2026-11-26T09:00:00.123Z");
    }
}
