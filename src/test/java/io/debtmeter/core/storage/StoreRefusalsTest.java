package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each refusal names the problem and leaves every row of the database as it was. */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class StoreRefusalsTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    private TestDatabase db;
    private AssessmentStore store;
    private Team team;
    private Assessment draft;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.create(dialect, folder, "debtmeter.db");
        store = db.open();
        team = store.createTeam("Search");
        draft = store.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(), LocalDate.of(2026, 11, 26),
                "2026-Q4", List.of(), Optional.empty()));
        store.saveResponse(draft.id(), ItemResponse.open("p1").withAnswer(new Answer.Level(0.5)).withNote("before"));
        store.addAction(draft.id(), "p1", "Version the data", "", Optional.empty());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void assertRefusedUnchanged(ThrowingCallable call, String... messageParts) {
        String before = db.dump();

        assertThatThrownBy(call).isInstanceOf(StoreException.class).hasMessageContainingAll(messageParts);

        assertThat(db.dump()).isEqualTo(before);
    }

    @Test
    void duplicateTeamNameIgnoringCaseAndSpaces() {
        assertRefusedUnchanged(() -> store.createTeam("  search "), "A team called Search already exists");
    }

    @Test
    void duplicateTeamNameWithAccentsInAnotherCase() {
        store.createTeam("Équipe Données");

        assertRefusedUnchanged(() -> store.createTeam("équipe données"), "A team called Équipe Données already exists");
    }

    @Test
    void renameOntoAnotherTeamsName() {
        Team other = store.createTeam("Ranking");

        assertRefusedUnchanged(() -> store.renameTeam(other.id(), "SEARCH"), "already exists");
    }

    @Test
    void blankTeamName() {
        assertRefusedUnchanged(() -> store.createTeam(" \t "), "A team needs a name");
    }

    @Test
    void saveOnAFinalAssessment() {
        store.finish(draft.id());

        assertRefusedUnchanged(() -> store.saveResponse(draft.id(),
                ItemResponse.open("p1").withAnswer(new Answer.Level(1))), "final", "reopen");
    }

    @Test
    void detailsOfAFinalAssessment() {
        store.finish(draft.id());

        assertRefusedUnchanged(() -> store.updateDetails(draft.id(), LocalDate.of(2027, 1, 1), "x", List.of()), "final");
    }

    @Test
    void levelNotOnTheItem() {
        assertRefusedUnchanged(() -> store.saveResponse(draft.id(),
                ItemResponse.open("p1").withAnswer(new Answer.Level(0.75))), "level 0.75 is not on the scale of item 'p1'");
    }

    @Test
    void levelForALitmusQuestion() {
        assertRefusedUnchanged(() -> store.saveResponse(draft.id(),
                ItemResponse.open("l1").withAnswer(new Answer.Level(1))), "'l1' is answered by choosing an option");
    }

    @Test
    void unknownOption() {
        assertRefusedUnchanged(() -> store.saveResponse(draft.id(),
                ItemResponse.open("l1").withAnswer(new Answer.Choice("maybe"))), "'maybe' is not an answer of item 'l1'");
    }

    @Test
    void choiceForAPractice() {
        assertRefusedUnchanged(() -> store.saveResponse(draft.id(),
                ItemResponse.open("p1").withAnswer(new Answer.Choice("yes"))), "'p1' is rated with a level");
    }

    @Test
    void unknownItem() {
        assertRefusedUnchanged(() -> store.saveResponse(draft.id(),
                ItemResponse.open("nope").withAnswer(new Answer.NotApplicable())), "has no item 'nope'");
    }

    @Test
    void negativeVotes() {
        assertRefusedUnchanged(() -> store.saveResponse(draft.id(),
                ItemResponse.open("p1").withVotes(Map.of("1", -2))), "zero or more");
    }

    @Test
    void answerForAnAssessmentThatIsGone() {
        assertRefusedUnchanged(() -> store.saveResponse(UUID.randomUUID(), ItemResponse.open("p1")), "no longer exists");
    }

    @Test
    void assessmentForATeamThatIsGone() {
        assertRefusedUnchanged(() -> store.createAssessment(new NewAssessment(UUID.randomUUID(), TestRubrics.tiny(),
                LocalDate.of(2026, 11, 26), "Q", List.of(), Optional.empty())), "team no longer exists");
    }

    @Test
    void carryOverFromAnAssessmentThatIsGoneCreatesNothing() {
        assertRefusedUnchanged(() -> store.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(),
                LocalDate.of(2026, 12, 26), "Q", List.of(), Optional.of(UUID.randomUUID()))), "carry answers over");
    }

    @Test
    void actionForAnUnknownItemOrWithoutText() {
        assertRefusedUnchanged(() -> store.addAction(draft.id(), "nope", "Do it", "", Optional.empty()), "no item 'nope'");
        assertRefusedUnchanged(() -> store.addAction(draft.id(), "p1", "  ", "", Optional.empty()), "needs a text");
    }

    @Test
    void updateOfAnActionThatIsGone() {
        ActionItem ghost = new ActionItem(UUID.randomUUID(), team.id(), draft.id(), "p1", "x", "", Optional.empty(),
                ActionStatus.DONE, draft.createdAt(), draft.createdAt());

        assertRefusedUnchanged(() -> store.updateAction(ghost), "no longer exists");
    }

    @Test
    void aDamagedParticipantsColumnIsReportedInWordsNotGuessed() throws Exception {
        // Valid JSON and an array, so the schema's CHECK lets it in, but not the list of names it should be.
        try (java.sql.Connection other = db.connect();
             java.sql.PreparedStatement damage = other.prepareStatement("UPDATE assessment SET participants = ? WHERE id = ?")) {
            damage.setString(1, "[1, 2]");
            damage.setString(2, draft.id().toString());
            assertThat(damage.executeUpdate()).isEqualTo(1);
        }

        assertRefusedUnchanged(() -> store.assessment(draft.id()), "[1, 2]", "cannot be read", "expected a string, found a number");
    }
}
