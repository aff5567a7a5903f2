package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The assessment's responses as the wizard holds them: every change is kept here at once (so the
 * screen never loses it) and written to the store through the {@link SaveTracker}. A typed note is
 * the one change kept back until {@link #commitNote()}, so that not every keystroke is a write.
 */
final class ItemResponses {

    private final AssessmentStore store;
    private final SaveTracker tracker;
    private final UUID assessmentId;
    private final Map<String, ItemResponse> responses = new HashMap<>();
    private final ReadOnlyObjectWrapper<ItemResponse> current = new ReadOnlyObjectWrapper<>();
    /** The item whose typed note is not yet sent to the store, or null. */
    private String pendingNoteItem;

    ItemResponses(AssessmentStore store, SaveTracker tracker, UUID assessmentId) {
        this.store = store;
        this.tracker = tracker;
        this.assessmentId = assessmentId;
    }

    void setAll(Map<String, ItemResponse> loaded) {
        responses.clear();
        responses.putAll(loaded);
    }

    ItemResponse of(Item item) {
        return responses.getOrDefault(item.id(), ItemResponse.open(item.id()));
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
            store.saveResponse(assessmentId, snapshot);
            return snapshot;
        }, saved -> { });
    }
}
