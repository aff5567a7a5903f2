package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.task.TaskExecutor;
import io.debtmeter.ui.voting.PhoneVoting;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * State of the assessment wizard: one item at a time and its answer. What belongs to the item's
 * panels lives in parts this class owns: {@link #votes()}, {@link #notes()}, {@link #actions()},
 * {@link #progress()}, {@link #saving()} and {@link #finishing()}. Every change is kept in memory
 * at once (so the screen never loses it) and written to the store through the executor;
 * {@link SaveStatus} says "saved" only after the store returned.
 */
public final class WizardViewModel {

    private final UUID assessmentId;
    private final SaveTracker tracker;
    private final ItemResponses responses;
    private final WizardProgress progress;
    private final VoteState votes;
    private final NotesState notes;
    private final ActionsState actions;
    private final SaveStatus saving;
    private final FinishState finishing;
    private final WizardActions actionList;
    private final PhoneVoting phoneVoting;
    private final SharedAnswers sharing;

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<CurrentItem> current = new ReadOnlyObjectWrapper<>();

    private WizardData data;

    /** @param language the language the rubric's texts are shown in, where the rubric has it ("ja") */
    public WizardViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator, UUID assessmentId,
                           String language) {
        this.assessmentId = assessmentId;
        this.tracker = new SaveTracker(executor);
        this.responses = new ItemResponses(store, tracker, assessmentId);
        this.progress = new WizardProgress(calculator);
        this.votes = new VoteState(this::update, this::choose);
        this.notes = new NotesState(responses, this::isEditable, this::update);
        this.actionList = new WizardActions(store, tracker, assessmentId);
        this.actions = new ActionsState(actionList, this::isEditable, () -> current.get() != null);
        this.finishing = new FinishState(store, executor, assessmentId, tracker, this::isEditable, this::saveDrafts,
                assessment::get, this::showAssessment, this::showAssessment);
        this.saving = new SaveStatus(tracker, finishing::clearProblem);
        this.phoneVoting = new PhoneVoting(executor);
        this.sharing = new SharedAnswers(store, executor, assessmentId, responses, tracker, () -> data, this::showChanged);
        tracker.failedKeys().addListener((SetChangeListener<String>) change -> publishStates());
        executor.execute(() -> WizardData.load(store, assessmentId, language), this::show,
                failure -> loadError.set(TaskExecutor.messageOf(failure)));
    }

    // --- loading ---------------------------------------------------------------------------

    private void show(WizardData loadedData) {
        data = loadedData;
        responses.setAll(loadedData.responses());
        showAssessment(loadedData.assessment());
        actionList.setAll(loadedData.actions());
        loaded.set(true);
        goTo(WizardProgress.firstUnsettledIndex(rubric(), this::responseOf));
    }

    /** As loaded, finished or reopened: a final one, or one in a database opened read-only, takes no changes. */
    private void showAssessment(Assessment shown) {
        assessment.set(shown);
        readOnly.set(shown.isFinal() || data.storeReadOnly());
    }

    // --- navigation ------------------------------------------------------------------------

    public void goTo(int index) {
        // Going to the item already shown changes nothing (and keeps half-typed fields as they are).
        if (data == null || index < 0 || index >= rubric().items().size() || index == currentIndex()) {
            return;
        }
        saveDrafts();
        Item item = rubric().items().get(index);
        List<AnswerChoice> choices = AnswerChoice.of(item, rubric().scale());
        actionList.showItem(item.id());
        Category category = rubric().category(item.categoryId()).orElseThrow();
        // The response first, the item last: views rebuild on the item and read the response then.
        publishResponse(item, choices);
        current.set(new CurrentItem(item, category, index, rubric().items().size(), choices, data.previousOf(item)));
        publishStates();
    }

    public void next() {
        goTo(currentIndex() + 1);
    }

    public void previous() {
        goTo(currentIndex() - 1);
    }

    public void goToItem(String itemId) {
        rubric().items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .ifPresent(item -> goTo(rubric().items().indexOf(item)));
    }

    /** Items whose title, question, reference or category contains the text, in rubric order. */
    public List<Item> find(String text) {
        return data == null ? List.of() : data.find(text);
    }

    // --- answering -------------------------------------------------------------------------

    /** Choosing an answer also confirms a carried-over one. */
    public void choose(Answer answer) {
        update(r -> r.withAnswer(answer));
    }

    /** Nobody present can tell: scored at the item's lowest point until the team finds out. */
    public void markDontKnow() {
        choose(new Answer.DontKnow());
    }

    public void markNotApplicable() {
        choose(new Answer.NotApplicable());
    }

    public void clearAnswer() {
        update(r -> r.withAnswer(null));
    }

    public void confirmCarriedOver() {
        update(ItemResponse::confirmed);
    }

    /** The digit keys: see {@link AnswerChoice#digit()}. Returns false when the digit names no choice. */
    public boolean chooseDigit(int digit) {
        Optional<Answer> answer = answerForDigit(digit);
        if (answer.isEmpty() || !isEditable()) {
            return false;
        }
        choose(answer.get());
        return true;
    }

    public Optional<Answer> answerForDigit(int digit) {
        CurrentItem item = current.get();
        return item == null ? Optional.empty() : item.answerForDigit(digit);
    }

    // --- drafts ----------------------------------------------------------------------------

    /**
     * Stores everything typed for the current item and not yet stored: the note, evidence and an
     * action not yet added. Called on moving to another item, finishing and leaving the wizard.
     */
    public void saveDrafts() {
        notes.saveDrafts();
        actions.saveDraft();
    }

    // --- internals -------------------------------------------------------------------------

    private boolean isEditable() {
        return loaded.get() && !readOnly.get();
    }

    private void update(UnaryOperator<ItemResponse> change) {
        if (!isEditable() || !responses.change(change)) {
            return;
        }
        publishResponse(current.get().item(), current.get().choices());
        publishStates();
    }

    /** An item's held answer changed here (another person's taken, or a conflict settled): shown again. */
    private void showChanged(String itemId) {
        CurrentItem shown = current.get();
        if (shown != null && shown.item().id().equals(itemId)) {
            publishResponse(shown.item(), shown.choices());
        }
        publishStates();
    }

    private void publishResponse(Item item, List<AnswerChoice> choices) {
        votes.show(choices, responseOf(item));
        responses.show(item);
    }

    /** Sidebar, counts and the unsaved mark of the item on screen. */
    private void publishStates() {
        if (data == null) {
            return;
        }
        progress.update(rubric(), this::responseOf, tracker.failedKeys());
        CurrentItem shown = current.get();
        saving.showItem(shown == null ? null : shown.item().id());
    }

    private ItemResponse responseOf(Item item) {
        return responses.of(item);
    }

    private int currentIndex() {
        return current.get() == null ? -1 : current.get().index();
    }

    // --- properties ------------------------------------------------------------------------

    public Rubric rubric() {
        return data == null ? null : data.rubric();
    }

    public String teamName() {
        return data == null ? "" : data.teamName();
    }

    public UUID assessmentId() {
        return assessmentId;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CurrentItem> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ItemResponse> currentResponseProperty() {
        return responses.currentProperty();
    }

    public VoteState votes() {
        return votes;
    }

    /** Votes from the team's phones; closed until the facilitator opens it. */
    public PhoneVoting phoneVoting() {
        return phoneVoting;
    }

    public NotesState notes() {
        return notes;
    }

    public ActionsState actions() {
        return actions;
    }

    public WizardProgress progress() {
        return progress;
    }

    public SaveStatus saving() {
        return saving;
    }

    public FinishState finishing() {
        return finishing;
    }

    /** Other facilitators' answers on a shared store, and the conflicts to settle. */
    public SharedAnswers sharing() {
        return sharing;
    }
}
