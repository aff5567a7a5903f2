package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AnswerConflictException;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoredResponse;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The assessment's responses as the wizard holds them: every change is kept here at once (so the
 * screen never loses it) and written to the store through the {@link SaveTracker}. A typed note is
 * the one change kept back until {@link #commitNote()}, so that not every keystroke is a write.
 * Each save says which stored version it is based on (decision 0032); one refused because someone
 * else saved the item since goes to the conflict handler, which asks the person which to keep.
 */
final class ItemResponses {

    private final AssessmentStore store;
    private final SaveTracker tracker;
    private final UUID assessmentId;
    private final Map<String, ItemResponse> responses = new HashMap<>();
    /**
     * The stored version each item's next save is based on. Read and written by the worker as saves
     * run in turn (a second save of an item is based on what the first one stored), and by the
     * application thread when it takes another person's answer; hence concurrent.
     */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private Consumer<AnswerConflictException> onConflict = conflict -> { };
    private final ReadOnlyObjectWrapper<ItemResponse> current = new ReadOnlyObjectWrapper<>();
    /** The item whose typed note is not yet sent to the store, or null. */
    private String pendingNoteItem;

    ItemResponses(AssessmentStore store, SaveTracker tracker, UUID assessmentId) {
        this.store = store;
        this.tracker = tracker;
        this.assessmentId = assessmentId;
    }

    void setAll(Map<String, StoredResponse> loaded) {
        responses.clear();
        versions.clear();
        loaded.forEach((itemId, stored) -> {
            responses.put(itemId, stored.response());
            versions.put(itemId, stored.version());
        });
    }

    /** Who hears of a save refused because someone else saved the item first. */
    void onConflict(Consumer<AnswerConflictException> handler) {
        onConflict = handler;
    }

    /** The stored version the item's next save is based on. */
    long versionOf(String itemId) {
        return versions.getOrDefault(itemId, StoredResponse.NEVER_SAVED);
    }

    /** Whether a typed note of the item is not yet sent to the store. */
    boolean hasPendingNote(String itemId) {
        return itemId.equals(pendingNoteItem);
    }

    /**
     * Takes another person's stored answer for the item (a conflict settled their way, or their save
     * seen by looking): held and shown as it is stored, and the base of the item's next save.
     */
    void takeStored(String itemId, StoredResponse stored) {
        versions.put(itemId, stored.version());
        responses.put(itemId, stored.response());
        if (itemId.equals(pendingNoteItem)) {
            pendingNoteItem = null;
            tracker.setEditing(false);
        }
        ItemResponse shown = current.get();
        if (shown != null && shown.itemId().equals(itemId)) {
            current.set(stored.response());
        }
    }

    /** Saves the answer held for the item again, now based on {@code version}: "keep mine" after a conflict. */
    void saveOver(String itemId, long version) {
        versions.put(itemId, version);
        save(itemId);
    }

    ItemResponse of(Item item) {
        return held(item.id());
    }

    /** Every response the wizard holds, saved or not, by item id. */
    Map<String, ItemResponse> all() {
        return Map.copyOf(responses);
    }

    /** What the wizard holds for the item: the latest change, saved or not. */
    ItemResponse held(String itemId) {
        return responses.getOrDefault(itemId, ItemResponse.open(itemId));
    }

    /** Shows the item's response as the current one. */
    void show(Item item) {
        current.set(of(item));
    }

    ItemResponse current() {
        return current.get();
    }

    ReadOnlyObjectProperty<ItemResponse> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Keeps a typed note in memory and shows it; false when it changed nothing. */
    boolean editNote(String text) {
        ItemResponse response = current.get();
        if (response == null || response.note().equals(text)) {
            return false;
        }
        responses.put(response.itemId(), response.withNote(text));
        pendingNoteItem = response.itemId();
        tracker.setEditing(true);
        current.set(responses.get(response.itemId()));
        return true;
    }

    void commitNote() {
        if (pendingNoteItem != null) {
            String itemId = pendingNoteItem;
            pendingNoteItem = null;
            tracker.setEditing(false);
            save(itemId);
        }
    }

    /** Applies a change to the current response, keeps it and writes it. False when none is shown. */
    boolean change(UnaryOperator<ItemResponse> change) {
        ItemResponse response = current.get();
        if (response == null) {
            return false;
        }
        ItemResponse changed = change.apply(response);
        responses.put(changed.itemId(), changed);
        // The change carries the typed note too, so the note is no longer pending.
        if (changed.itemId().equals(pendingNoteItem)) {
            pendingNoteItem = null;
            tracker.setEditing(false);
        }
        save(changed.itemId());
        return true;
    }

    private void save(String itemId) {
        ItemResponse snapshot = responses.get(itemId);
        tracker.write(itemId, () -> {
            versions.put(itemId, store.saveResponse(assessmentId, snapshot, versionOf(itemId)));
            return snapshot;
        }, saved -> { }, failure -> {
            if (failure instanceof AnswerConflictException conflict) {
                onConflict.accept(conflict);
            }
        });
    }
}
