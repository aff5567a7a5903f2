package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Category;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * State of the assessment wizard: one item at a time, its answer, note, evidence, votes and actions.
 * Every change is kept in memory at once (so the screen never loses it) and written to the store
 * through the executor; {@link #saveStateProperty()} says "saved" only after the store returned.
 */
public final class WizardViewModel {

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final UUID assessmentId;
    private final SaveTracker tracker;
    private final WizardActions actions;
    private final WizardProgress progress;

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<CurrentItem> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ItemResponse> currentResponse = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VoteSpread> voteSpread = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper currentUnsaved = new ReadOnlyBooleanWrapper(false);

    private final Map<String, ItemResponse> responses = new HashMap<>();
    private WizardData data;
    /** The item whose typed note is not yet sent to the store, or null. */
    private String pendingNoteItem;
    /** Evidence and an action typed for the current item but not yet added: added on leaving it. */
    private String evidenceDraft = "";
    private ActionDraft actionDraft;

    private record ActionDraft(String text, String owner, Optional<LocalDate> due) {
    }

    public WizardViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator, UUID assessmentId) {
        this.store = store;
        this.executor = executor;
        this.assessmentId = assessmentId;
        this.tracker = new SaveTracker(executor);
        this.actions = new WizardActions(store, tracker, assessmentId);
        this.progress = new WizardProgress(calculator);
        tracker.failedKeys().addListener((SetChangeListener<String>) change -> publishStates());
        load();
    }

    /** The item on screen and what belongs to it but does not change while it is shown. */
    public record CurrentItem(Item item, Category category, int index, int total, List<AnswerChoice> choices,
                              Optional<PreviousAnswer> previous) {
    }

    // --- loading ---------------------------------------------------------------------------

    private void load() {
        executor.execute(() -> WizardData.load(store, assessmentId), this::show,
                failure -> loadError.set(SaveTracker.messageOf(failure)));
    }

    private void show(WizardData loadedData) {
        data = loadedData;
        responses.clear();
        responses.putAll(loadedData.responses());
        assessment.set(loadedData.assessment());
        readOnly.set(loadedData.assessment().isFinal() || loadedData.storeReadOnly());
        actions.setAll(loadedData.actions());
        loaded.set(true);
        goTo(firstUnsettledIndex());
    }

    private int firstUnsettledIndex() {
        List<Item> items = rubric().items();
        for (int i = 0; i < items.size(); i++) {
            if (!stateOf(items.get(i)).isSettled()) {
                return i;
            }
        }
        return 0;
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
        actions.showItem(item.id());
        Category category = rubric().category(item.categoryId()).orElseThrow();
        // The response first, the item last: views rebuild on the item and read the response then.
        publishResponse(item, choices);
        current.set(new CurrentItem(item, category, index, rubric().items().size(), choices, previousOf(item)));
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
        if (data == null) {
            return List.of();
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return rubric().items().stream().filter(item -> {
            String category = rubric().category(item.categoryId()).map(Category::title).orElse("");
            String haystack = String.join("\n", item.title(), item.question(), item.reference(), item.id(), category);
            return haystack.toLowerCase(Locale.ROOT).contains(needle);
        }).toList();
    }

    // --- answering -------------------------------------------------------------------------

    /** Choosing an answer also confirms a carried-over one. */
    public void choose(Answer answer) {
        update(r -> r.withAnswer(answer));
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
        return item == null ? Optional.empty() : AnswerChoice.forDigit(item.choices(), digit).map(AnswerChoice::answer);
    }

    // --- note and evidence -----------------------------------------------------------------

    /** Keeps typed text in memory at once; it is stored by {@link #commitNote()}, on moving on, or with any other change. */
    public void editNote(String text) {
        ItemResponse response = currentResponse.get();
        if (!isEditable() || response == null || response.note().equals(text)) {
            return;
        }
        responses.put(response.itemId(), response.withNote(text));
        pendingNoteItem = response.itemId();
        tracker.setEditing(true);
        currentResponse.set(responses.get(response.itemId()));
    }

    /** Stores a typed note; the view calls it after a pause in typing and when the field loses focus. */
    public void commitNote() {
        if (pendingNoteItem != null) {
            String itemId = pendingNoteItem;
            pendingNoteItem = null;
            tracker.setEditing(false);
            save(itemId);
        }
    }

    /** What is typed in the evidence field; kept so that moving on adds it rather than losing it. */
    public void setEvidenceDraft(String text) {
        evidenceDraft = text == null ? "" : text;
    }

    /** What is typed in the new-action fields; kept so that moving on adds it rather than losing it. */
    public void setActionDraft(String text, String owner, Optional<LocalDate> due) {
        actionDraft = text == null || text.isBlank() ? null : new ActionDraft(text, owner, due);
    }

    /**
     * Stores everything typed for the current item and not yet stored: the note, evidence and an
     * action not yet added. Called on moving to another item, finishing and leaving the wizard.
     */
    public void saveDrafts() {
        commitNote();
        if (!evidenceDraft.isBlank()) {
            addEvidence(evidenceDraft);
        }
        evidenceDraft = "";
        if (actionDraft != null) {
            addAction(actionDraft.text(), actionDraft.owner(), actionDraft.due());
        }
        actionDraft = null;
    }

    public void addEvidence(String link) {
        String trimmed = link == null ? "" : link.strip();
        if (!trimmed.isEmpty()) {
            update(r -> {
                List<String> links = new ArrayList<>(r.evidenceLinks());
                links.add(trimmed);
                return r.withEvidenceLinks(links);
            });
        }
    }

    public void removeEvidence(int index) {
        update(r -> {
            List<String> links = new ArrayList<>(r.evidenceLinks());
            if (index >= 0 && index < links.size()) {
                links.remove(index);
            }
            return r.withEvidenceLinks(links);
        });
    }

    // --- votes -----------------------------------------------------------------------------

    /** Changes one choice's vote count by delta (never below zero). */
    public void addVotes(String voteKey, int delta) {
        update(r -> {
            Map<String, Integer> votes = new TreeMap<>(r.votes());
            int count = Math.max(0, votes.getOrDefault(voteKey, 0) + delta);
            if (count == 0) {
                votes.remove(voteKey);
            } else {
                votes.put(voteKey, count);
            }
            return r.withVotes(votes);
        });
    }

    public void clearVotes() {
        update(r -> r.withVotes(Map.of()));
    }

    /** Settles the item at the votes' median. */
    public void useMedian() {
        VoteSpread spread = voteSpread.get();
        if (spread != null) {
            spread.median().ifPresent(choice -> choose(choice.answer()));
        }
    }

    // --- actions ---------------------------------------------------------------------------

    public void addAction(String text, String owner, Optional<LocalDate> due) {
        if (isEditable() && current.get() != null && text != null && !text.isBlank()) {
            actions.add(text, owner == null ? "" : owner, due);
        }
    }

    public void updateAction(ActionItem changed) {
        if (isEditable()) {
            actions.update(changed);
        }
    }

    public void setActionStatus(ActionItem action, ActionStatus status) {
        if (isEditable()) {
            actions.setStatus(action, status);
        }
    }

    public ObservableList<ActionItem> actionsRaisedHere() {
        return actions.raisedHere();
    }

    public ObservableList<ActionItem> earlierOpenActions() {
        return actions.earlierOpen();
    }

    // --- saving, finishing, reopening --------------------------------------------------------

    public void retrySaving() {
        problem.set("");
        tracker.retry();
    }

    public boolean hasUnsavedChanges() {
        return tracker.hasFailures();
    }

    /**
     * Makes the assessment final, then calls onFinished. Writes still in flight are waited for; if
     * one of them fails, nothing is finished (the save error says why and offers a retry).
     */
    public void finish(Runnable onFinished) {
        if (!isEditable()) {
            return;
        }
        saveDrafts();
        if (tracker.hasFailures()) {
            return;
        }
        if (tracker.stateProperty().get() == SaveState.SAVING) {
            finishAfterSaves(onFinished);
            return;
        }
        problem.set("");
        executor.execute(() -> store.finish(assessmentId), finished -> {
            assessment.set(finished);
            readOnly.set(true);
            onFinished.run();
        }, failure -> problem.set(SaveTracker.messageOf(failure)));
    }

    private void finishAfterSaves(Runnable onFinished) {
        ChangeListener<SaveState> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends SaveState> obs, SaveState old, SaveState now) {
                if (now != SaveState.SAVING) {
                    tracker.stateProperty().removeListener(this);
                    if (now != SaveState.FAILED) {
                        finish(onFinished);
                    }
                }
            }
        };
        tracker.stateProperty().addListener(once);
    }

    /** Makes a final assessment a draft again: the explicit way to edit it. */
    public void reopen() {
        if (assessment.get() == null || !assessment.get().isFinal()) {
            return;
        }
        problem.set("");
        executor.execute(() -> store.reopen(assessmentId), reopened -> {
            assessment.set(reopened);
            readOnly.set(data.storeReadOnly());
        }, failure -> problem.set(SaveTracker.messageOf(failure)));
    }

    // --- internals -------------------------------------------------------------------------

    private boolean isEditable() {
        return loaded.get() && !readOnly.get();
    }

    private void update(UnaryOperator<ItemResponse> change) {
        ItemResponse response = currentResponse.get();
        if (!isEditable() || response == null) {
            return;
        }
        ItemResponse changed = change.apply(response);
        responses.put(changed.itemId(), changed);
        // The change carries the typed note too, so the note is no longer pending.
        if (changed.itemId().equals(pendingNoteItem)) {
            pendingNoteItem = null;
            tracker.setEditing(false);
        }
        save(changed.itemId());
        publishResponse(current.get().item(), current.get().choices());
        publishStates();
    }

    private void save(String itemId) {
        ItemResponse snapshot = responses.get(itemId);
        tracker.write(itemId, () -> {
            store.saveResponse(assessmentId, snapshot);
            return snapshot;
        }, saved -> { });
    }

    private void publishResponse(Item item, List<AnswerChoice> choices) {
        ItemResponse response = responseOf(item);
        voteSpread.set(VoteSpread.of(choices, response.votes()));
        currentResponse.set(response);
    }

    /** Sidebar, counts and the unsaved mark of the item on screen. */
    private void publishStates() {
        if (data == null) {
            return;
        }
        progress.update(rubric(), this::responseOf, tracker.failedKeys());
        CurrentItem shown = current.get();
        currentUnsaved.set(shown != null && tracker.failedKeys().contains(shown.item().id()));
    }

    private ItemState stateOf(Item item) {
        return WizardProgress.stateOf(rubric(), item, responseOf(item));
    }

    private ItemResponse responseOf(Item item) {
        return responses.getOrDefault(item.id(), ItemResponse.open(item.id()));
    }

    private Optional<PreviousAnswer> previousOf(Item item) {
        return data.previous().map(previous -> new PreviousAnswer(previous.period(),
                Optional.ofNullable(data.previousResponses().get(item.id())).flatMap(ItemResponse::answer)));
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

    /** A finish or reopen that the store refused, in the store's words. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
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
        return currentResponse.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VoteSpread> voteSpreadProperty() {
        return voteSpread.getReadOnlyProperty();
    }

    /** The item on screen has a change the store refused: its answer is shown but not saved. */
    public ReadOnlyBooleanProperty currentUnsavedProperty() {
        return currentUnsaved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return tracker.stateProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return tracker.errorProperty();
    }

    /** Answered / not applicable / unanswered, counted as the scorecard counts them. */
    public ReadOnlyObjectProperty<Coverage> coverageProperty() {
        return progress.coverageProperty();
    }

    /** Answered or N/A, and confirmed: what the progress bar fills with. */
    public ReadOnlyIntegerProperty settledCountProperty() {
        return progress.settledCountProperty();
    }

    public ReadOnlyIntegerProperty unconfirmedCountProperty() {
        return progress.unconfirmedCountProperty();
    }

    public ObservableList<SidebarEntry> sidebar() {
        return progress.sidebar();
    }
}
