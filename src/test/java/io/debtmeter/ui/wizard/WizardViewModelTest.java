package io.debtmeter.ui.wizard;

import io.debtmeter.ui.task.QueuedTaskExecutor;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.task.TaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's state against a real SQLite store, synchronously and without the FX toolkit. */
class WizardViewModelTest extends WithWizardTestData {

    private WizardViewModel wizard(UUID assessmentId) {
        return wizard(assessmentId, new DirectTaskExecutor());
    }

    private WizardViewModel wizard(UUID assessmentId, TaskExecutor executor) {
        return new WizardViewModel(data.store, executor, new ScoreCalculator(), assessmentId, "en");
    }

    private ItemResponse stored(UUID assessmentId, Item item) {
        return data.store.responses(assessmentId).get(item.id());
    }

    private Item item(int index) {
        return rubric.items().get(index);
    }

    // --- loading and navigation ------------------------------------------------------------------

    @Test
    void opensOnTheFirstItemWithItsCategoryPositionAndChoices() {
        WizardViewModel wizard = wizard(data.q4().id());

        CurrentItem current = wizard.currentProperty().get();
        assertThat(wizard.loadedProperty().get()).isTrue();
        assertThat(current.item()).isEqualTo(item(0));
        assertThat(current.index()).isZero();
        assertThat(current.total()).isEqualTo(30);
        assertThat(current.category().title()).isEqualTo("Model boundaries");
        assertThat(current.choices()).extracting(AnswerChoice::label)
                .containsExactly("Starting point", "Individual", "Written rule", "Routine", "Automated & monitored");
        assertThat(wizard.teamName()).isEqualTo("Search ranking");
        assertThat(wizard.assessmentProperty().get().period()).isEqualTo("2026-Q4");
        assertThat(wizard.readOnlyProperty().get()).isFalse();
        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.IDLE);
    }

    @Test
    void nextPreviousAndJumpMoveThroughTheItemsAndStopAtTheEnds() {
        WizardViewModel wizard = wizard(data.q4().id());

        wizard.previous();
        assertThat(wizard.currentProperty().get().index()).isZero();
        wizard.next();
        wizard.next();
        assertThat(wizard.currentProperty().get().item()).isEqualTo(item(2));
        wizard.goToItem(item(29).id());
        assertThat(wizard.currentProperty().get().index()).isEqualTo(29);
        wizard.next();
        assertThat(wizard.currentProperty().get().index()).isEqualTo(29);
        wizard.previous();
        assertThat(wizard.currentProperty().get().index()).isEqualTo(28);
    }

    @Test
    void progressCountsSettledItemsAndCoverageCountsLikeTheScorecard() {
        WizardViewModel wizard = wizard(data.q4().id());

        wizard.choose(new Answer.Level(2));
        wizard.next();
        wizard.markNotApplicable();
        wizard.next();
        wizard.votes().addVotes("1", 1);

        assertThat(wizard.progress().settledCountProperty().get()).isEqualTo(2);
        assertThat(wizard.progress().coverageProperty().get().answered()).isEqualTo(1);
        assertThat(wizard.progress().coverageProperty().get().notApplicable()).isEqualTo(1);
        assertThat(wizard.progress().coverageProperty().get().unanswered()).isEqualTo(28);
    }

    @Test
    void reopeningADraftStartsAtTheFirstItemStillOpen() {
        Assessment q4 = data.q4();
        data.store.saveResponse(q4.id(), ItemResponse.open(item(0).id()).withAnswer(new Answer.Level(1)));
        data.store.saveResponse(q4.id(), ItemResponse.open(item(1).id()).withAnswer(new Answer.NotApplicable()));

        assertThat(wizard(q4.id()).currentProperty().get().index()).isEqualTo(2);
    }

    @Test
    void findMatchesTitlesQuestionsAndCategoriesIgnoringCase() {
        WizardViewModel wizard = wizard(data.q4().id());

        assertThat(wizard.find("INTERPRETABILITY")).extracting(Item::id).contains("interpretability-tools");
        assertThat(wizard.find("litmus questions")).hasSize(5);
        assertThat(wizard.find("no such words anywhere")).isEmpty();
    }

    @Test
    void aMissingAssessmentReportsALoadError() {
        WizardViewModel wizard = wizard(UUID.randomUUID());

        assertThat(wizard.loadedProperty().get()).isFalse();
        assertThat(wizard.loadErrorProperty().get()).isNotEmpty();
    }

    // --- sidebar states ----------------------------------------------------------------------

    @Test
    void sidebarShowsAnsweredNotApplicableOpenDiscussAndCarriedOver() {
        Assessment q3 = data.finishedQ3(3);
        Assessment q4 = data.assessment(rubric, WizardTestData.Q4_DATE, "2026-Q4", Optional.of(q3.id()));
        WizardViewModel wizard = wizard(q4.id());
        assertThat(wizard.currentProperty().get().index()).as("the carried-over item is not settled").isZero();

        wizard.goTo(1);
        wizard.choose(new Answer.Level(4));
        wizard.next();
        wizard.markNotApplicable();
        wizard.next();
        wizard.votes().addVotes("0", 1);
        wizard.votes().addVotes("3", 2);

        List<SidebarEntry> sidebar = wizard.progress().sidebar();
        assertThat(sidebar).hasSize(30);
        assertThat(sidebar.get(0).state()).isEqualTo(ItemState.CARRIED_OVER);
        assertThat(sidebar.get(1).state()).isEqualTo(ItemState.ANSWERED);
        assertThat(sidebar.get(1).answer()).contains(new Answer.Level(4));
        assertThat(sidebar.get(2).state()).isEqualTo(ItemState.NOT_APPLICABLE);
        assertThat(sidebar.get(3).state()).isEqualTo(ItemState.DISCUSS);
        assertThat(sidebar.get(4).state()).isEqualTo(ItemState.OPEN);
        assertThat(sidebar).noneMatch(SidebarEntry::unsaved);
    }

    // --- answers are saved ------------------------------------------------------------------

    @Test
    void choosingALevelIsStoredAndThenSaysSaved() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());

        wizard.choose(new Answer.Level(3));

        assertThat(stored(q4.id(), item(0)).answer()).contains(new Answer.Level(3));
        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(wizard.currentResponseProperty().get().answer()).contains(new Answer.Level(3));
    }

    @Test
    void savedIsShownOnlyAfterTheStoreCallReturned() {
        Assessment q4 = data.q4();
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        WizardViewModel wizard = wizard(q4.id(), executor);
        executor.runAll();

        wizard.choose(new Answer.Level(1));

        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.SAVING);
        assertThat(wizard.currentResponseProperty().get().answer()).as("the choice shows at once").contains(new Answer.Level(1));
        assertThat(data.store.responses(q4.id())).isEmpty();
        executor.runAll();
        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(stored(q4.id(), item(0)).answer()).contains(new Answer.Level(1));
    }

    @Test
    void aTypedNoteWaitsForTheCommitOrForMovingOnButIsNeverLost() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());

        wizard.notes().editNote("We log 3 models");
        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.EDITING);
        assertThat(data.store.responses(q4.id())).isEmpty();
        wizard.notes().commitNote();
        assertThat(stored(q4.id(), item(0)).note()).isEqualTo("We log 3 models");

        wizard.notes().editNote("We log 3 models and 2 pipelines");
        wizard.next();
        assertThat(stored(q4.id(), item(0)).note()).isEqualTo("We log 3 models and 2 pipelines");
        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void evidenceAndAnActionTypedButNotAddedAreStoredWhenMovingOn() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());

        wizard.notes().setEvidenceDraft("https://wiki.example/runbook");
        wizard.actions().setActionDraft("Write the runbook", "Ana", Optional.empty());
        wizard.next();
        wizard.notes().setEvidenceDraft("   ");
        wizard.actions().setActionDraft("", "", Optional.empty());
        wizard.next();

        assertThat(stored(q4.id(), item(0)).evidenceLinks()).containsExactly("https://wiki.example/runbook");
        assertThat(data.store.responses(q4.id())).doesNotContainKey(item(1).id());
        assertThat(data.store.actions(data.team.id())).singleElement()
                .satisfies(a -> assertThat(a.itemId()).isEqualTo(item(0).id()))
                .satisfies(a -> assertThat(a.text()).isEqualTo("Write the runbook"));
    }

    @Test
    void evidenceLinksAreAddedAndRemoved() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());

        wizard.notes().addEvidence(" https://dash.example/model ");
        wizard.notes().addEvidence("   ");
        wizard.notes().addEvidence("Runbook p. 4");
        wizard.notes().removeEvidence(0);

        assertThat(stored(q4.id(), item(0)).evidenceLinks()).containsExactly("Runbook p. 4");
    }

    @Test
    void votesAreStoredAndTheMedianSettlesTheItem() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());

        wizard.votes().addVotes("1", 2);
        wizard.votes().addVotes("2", 3);
        wizard.votes().addVotes("4", 1);
        wizard.votes().addVotes("0", -1);

        VoteSpread spread = wizard.votes().voteSpreadProperty().get();
        assertThat(spread.total()).isEqualTo(6);
        assertThat(spread.median()).map(AnswerChoice::number).contains("2");
        assertThat(spread.discuss()).isTrue();
        assertThat(stored(q4.id(), item(0)).votes()).containsOnly(
                java.util.Map.entry("1", 2), java.util.Map.entry("2", 3), java.util.Map.entry("4", 1));

        wizard.votes().useMedian();
        assertThat(stored(q4.id(), item(0)).answer()).contains(new Answer.Level(2));
        wizard.votes().clearVotes();
        assertThat(stored(q4.id(), item(0)).votes()).isEmpty();
    }

    // --- failures -----------------------------------------------------------------------------

    @Test
    void whenTheAssessmentWasFinishedElsewhereTheChoiceStaysVisibleMarkedNotSavedAndRetrySavesIt() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());
        data.store.finish(q4.id());

        wizard.choose(new Answer.Level(2));

        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(wizard.saving().saveErrorProperty().get()).contains("final");
        assertThat(wizard.currentResponseProperty().get().answer()).contains(new Answer.Level(2));
        assertThat(wizard.saving().currentUnsavedProperty().get()).isTrue();
        assertThat(wizard.progress().sidebar().get(0).unsaved()).isTrue();
        assertThat(wizard.saving().hasUnsavedChanges()).isTrue();
        assertThat(data.store.responses(q4.id())).isEmpty();

        data.store.reopen(q4.id());
        wizard.saving().retrySaving();

        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(wizard.saving().currentUnsavedProperty().get()).isFalse();
        assertThat(stored(q4.id(), item(0)).answer()).contains(new Answer.Level(2));
    }

    @Test
    void aClosedStoreIsReportedAndNothingClaimsToBeSaved() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());
        data.store.close();

        wizard.choose(new Answer.Level(4));
        wizard.notes().editNote("typed after the failure");
        wizard.next();

        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(wizard.saving().saveErrorProperty().get()).isNotBlank();
        assertThat(wizard.progress().sidebar().get(0).unsaved()).isTrue();
    }

    @Test
    void aLaterSuccessfulSaveOfTheSameItemClearsItsEarlierFailure() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());
        data.store.finish(q4.id());
        wizard.choose(new Answer.Level(1));
        data.store.reopen(q4.id());

        wizard.choose(new Answer.Level(3));

        assertThat(wizard.saving().saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(stored(q4.id(), item(0)).answer()).contains(new Answer.Level(3));
    }

    // --- carried over ---------------------------------------------------------------------------

    @Test
    void aCarriedOverAnswerIsConfirmedByConfirmOrByChoosingALevel() {
        Assessment q3 = data.finishedQ3(3);
        data.store.saveResponse(data.q4().id(), ItemResponse.open(item(0).id()));
        Assessment q4 = data.assessment(rubric, WizardTestData.Q4_DATE.plusDays(1), "2026-Q4b", Optional.of(q3.id()));
        WizardViewModel wizard = wizard(q4.id());
        assertThat(wizard.currentResponseProperty().get().carriedOver()).isTrue();
        assertThat(wizard.progress().unconfirmedCountProperty().get()).isEqualTo(1);

        wizard.confirmCarriedOver();

        ItemResponse confirmed = stored(q4.id(), item(0));
        assertThat(confirmed.carriedOver()).isFalse();
        assertThat(confirmed.answer()).contains(new Answer.Level(3));
        assertThat(confirmed.note()).isEqualTo("From Q3");
        assertThat(wizard.progress().sidebar().get(0).state()).isEqualTo(ItemState.ANSWERED);
        assertThat(wizard.progress().unconfirmedCountProperty().get()).isZero();

        Assessment again = data.assessment(rubric, WizardTestData.Q4_DATE.plusDays(2), "2026-Q4c", Optional.of(q3.id()));
        WizardViewModel second = wizard(again.id());
        second.choose(new Answer.Level(1));
        assertThat(stored(again.id(), item(0)).carriedOver()).isFalse();
        assertThat(stored(again.id(), item(0)).answer()).contains(new Answer.Level(1));
    }

    // --- keyboard digits ------------------------------------------------------------------------

    @Test
    void onAZeroToFourScaleDigitKIsLevelK() {
        WizardViewModel wizard = wizard(data.q4().id());

        assertThat(wizard.answerForDigit(0)).contains(new Answer.Level(0));
        assertThat(wizard.answerForDigit(3)).contains(new Answer.Level(3));
        assertThat(wizard.answerForDigit(4)).contains(new Answer.Level(4));
        assertThat(wizard.answerForDigit(5)).isEmpty();
        assertThat(wizard.chooseDigit(9)).isFalse();
        assertThat(wizard.chooseDigit(2)).isTrue();
        assertThat(wizard.currentResponseProperty().get().answer()).contains(new Answer.Level(2));
    }

    @Test
    void onAZeroHalfOneScaleTheDigitsAreThePositionsZeroOneTwo() {
        Assessment testScore = data.assessment(data.mlTestScore(), WizardTestData.Q4_DATE, "2026-Q4", Optional.empty());
        WizardViewModel wizard = wizard(testScore.id());

        assertThat(wizard.answerForDigit(0)).contains(new Answer.Level(0));
        assertThat(wizard.answerForDigit(1)).contains(new Answer.Level(0.5));
        assertThat(wizard.answerForDigit(2)).contains(new Answer.Level(1));
        assertThat(wizard.answerForDigit(3)).isEmpty();
        assertThat(wizard.currentProperty().get().choices()).extracting(AnswerChoice::number).containsExactly("0", "0.5", "1");
        assertThat(wizard.currentProperty().get().choices()).extracting(AnswerChoice::showsDigit).containsExactly(false, true, true);
    }

    @Test
    void onALitmusQuestionDigitsOneToNPickTheOptionsInListedOrder() {
        WizardViewModel wizard = wizard(data.q4().id());
        wizard.goTo(29);
        Item litmus = item(29);

        assertThat(wizard.answerForDigit(0)).isEmpty();
        assertThat(wizard.answerForDigit(1)).contains(new Answer.Choice(litmus.options().get(0).id()));
        assertThat(wizard.answerForDigit(5)).contains(new Answer.Choice(litmus.options().get(4).id()));
        assertThat(wizard.answerForDigit(6)).isEmpty();
    }

    // --- history and actions ----------------------------------------------------------------------

    @Test
    void theLevelFromThePreviousAssessmentIsShownBesideTheItem() {
        data.finishedQ3(3);
        WizardViewModel wizard = wizard(data.q4().id());

        PreviousAnswer previous = wizard.currentProperty().get().previous().orElseThrow();
        assertThat(previous.period()).isEqualTo("2026-Q3");
        assertThat(previous.answer()).contains(new Answer.Level(3));
        wizard.next();
        assertThat(wizard.currentProperty().get().previous().orElseThrow().answer()).isEmpty();
    }

    @Test
    void withoutAnEarlierAssessmentThereIsNoPreviousAnswer() {
        assertThat(wizard(data.q4().id()).currentProperty().get().previous()).isEmpty();
    }

    @Test
    void earlierOpenActionsOfTheItemAreListedAndClosedWithOneCall() {
        Assessment q3 = data.finishedQ3(2);
        data.store.reopen(q3.id());
        ActionItem open = data.store.addAction(q3.id(), item(0).id(), "Add SHAP to CI", "Ana", Optional.empty());
        ActionItem other = data.store.addAction(q3.id(), item(1).id(), "Other item", "Ben", Optional.empty());
        data.store.finish(q3.id());
        WizardViewModel wizard = wizard(data.q4().id());

        assertThat(wizard.actions().earlierOpenActions()).containsExactly(open);
        assertThat(wizard.actions().actionsRaisedHere()).isEmpty();

        wizard.actions().setActionStatus(open, ActionStatus.DONE);

        assertThat(data.store.actions(data.team.id())).filteredOn(a -> a.id().equals(open.id()))
                .extracting(ActionItem::status).containsExactly(ActionStatus.DONE);
        assertThat(wizard.actions().earlierOpenActions()).extracting(ActionItem::status).containsExactly(ActionStatus.DONE);
        assertThat(data.store.actions(data.team.id())).filteredOn(a -> a.id().equals(other.id()))
                .extracting(ActionItem::status).containsExactly(ActionStatus.OPEN);
    }

    @Test
    void actionsRaisedHereAreAddedEditedAndDropped() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());

        wizard.actions().addAction("Write the attribution guide", "Ben", Optional.of(LocalDate.of(2026, 11, 15)));
        wizard.actions().addAction("   ", "nobody", Optional.empty());

        assertThat(wizard.actions().actionsRaisedHere()).hasSize(1);
        ActionItem added = data.store.actions(data.team.id()).get(0);
        assertThat(added.text()).isEqualTo("Write the attribution guide");
        assertThat(added.owner()).isEqualTo("Ben");
        assertThat(added.due()).contains(LocalDate.of(2026, 11, 15));
        assertThat(added.raisedIn()).isEqualTo(q4.id());
        assertThat(added.itemId()).isEqualTo(item(0).id());

        wizard.actions().updateAction(new ActionItem(added.id(), added.teamId(), added.raisedIn(), added.itemId(),
                "Write and share the guide", "Ana", Optional.empty(), added.status(), added.createdAt(), added.updatedAt()));
        wizard.actions().setActionStatus(wizard.actions().actionsRaisedHere().get(0), ActionStatus.DROPPED);

        ActionItem stored = data.store.actions(data.team.id()).get(0);
        assertThat(stored.text()).isEqualTo("Write and share the guide");
        assertThat(stored.owner()).isEqualTo("Ana");
        assertThat(stored.due()).isEmpty();
        assertThat(stored.status()).isEqualTo(ActionStatus.DROPPED);
        wizard.next();
        assertThat(wizard.actions().actionsRaisedHere()).isEmpty();
    }

    // --- finishing ----------------------------------------------------------------------------

    @Test
    void finishMakesTheAssessmentFinalAndTheWizardReadOnly() {
        Assessment q4 = data.q4();
        WizardViewModel wizard = wizard(q4.id());
        AtomicInteger finished = new AtomicInteger();
        wizard.notes().editNote("last words");

        wizard.finishing().finish(finished::incrementAndGet);

        assertThat(finished).hasValue(1);
        assertThat(data.store.assessment(q4.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.FINAL);
        assertThat(stored(q4.id(), item(0)).note()).as("the pending note went first").isEqualTo("last words");
        assertThat(wizard.readOnlyProperty().get()).isTrue();
        wizard.choose(new Answer.Level(4));
        assertThat(wizard.currentResponseProperty().get().answer()).isEmpty();
    }

    @Test
    void finishWaitsForSavesInFlightAndRefusesWhileAChangeIsNotSaved() {
        Assessment q4 = data.q4();
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        WizardViewModel wizard = wizard(q4.id(), executor);
        executor.runAll();
        AtomicInteger finished = new AtomicInteger();

        wizard.choose(new Answer.Level(2));
        wizard.finishing().finish(finished::incrementAndGet);
        assertThat(finished).hasValue(0);
        executor.runAll();
        assertThat(finished).hasValue(1);
        assertThat(stored(q4.id(), item(0)).answer()).contains(new Answer.Level(2));

        Assessment other = data.assessment(rubric, WizardTestData.Q4_DATE.plusDays(1), "2026-Q4b", Optional.empty());
        WizardViewModel failing = wizard(other.id());
        data.store.finish(other.id());
        failing.choose(new Answer.Level(1));
        data.store.reopen(other.id());
        failing.finishing().finish(finished::incrementAndGet);
        assertThat(finished).as("not finished over an unsaved answer").hasValue(1);
        assertThat(data.store.assessment(other.id()).orElseThrow().isFinal()).isFalse();
    }

    @Test
    void aFinalAssessmentOpensReadOnlyUntilReopened() {
        Assessment q3 = data.finishedQ3(1);
        WizardViewModel wizard = wizard(q3.id());
        wizard.goTo(0);

        assertThat(wizard.readOnlyProperty().get()).isTrue();
        assertThat(wizard.chooseDigit(4)).isFalse();
        wizard.votes().addVotes("1", 1);
        assertThat(wizard.currentResponseProperty().get().votes()).isEmpty();

        wizard.finishing().reopen();

        assertThat(wizard.readOnlyProperty().get()).isFalse();
        assertThat(data.store.assessment(q3.id()).orElseThrow().isFinal()).isFalse();
        assertThat(wizard.chooseDigit(4)).isTrue();
        assertThat(stored(q3.id(), item(0)).answer()).contains(new Answer.Level(4));
    }
}
