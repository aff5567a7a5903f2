package io.debtmeter.ui.wizard;

import io.debtmeter.model.ItemResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The note and evidence links of the item on screen, including what is typed but not yet added. */
public final class NotesState {

    private final ItemResponses responses;
    private final BooleanSupplier editable;
    private final Consumer<UnaryOperator<ItemResponse>> update;
    /** Evidence typed for the current item but not yet added: added on leaving it. */
    private String evidenceDraft = "";

    NotesState(ItemResponses responses, BooleanSupplier editable, Consumer<UnaryOperator<ItemResponse>> update) {
        this.responses = responses;
        this.editable = editable;
        this.update = update;
    }

    /** Keeps typed text in memory at once; it is stored by {@link #commitNote()}, on moving on, or with any other change. */
    public void editNote(String text) {
        if (editable.getAsBoolean()) {
            responses.editNote(text);
        }
    }

    /** Stores a typed note; the view calls it after a pause in typing and when the field loses focus. */
    public void commitNote() {
        responses.commitNote();
    }

    /** What is typed in the evidence field; kept so that moving on adds it rather than losing it. */
    public void setEvidenceDraft(String text) {
        evidenceDraft = text == null ? "" : text;
    }

    public void addEvidence(String link) {
        String trimmed = link == null ? "" : link.strip();
        if (!trimmed.isEmpty()) {
            update.accept(r -> {
                List<String> links = new ArrayList<>(r.evidenceLinks());
                links.add(trimmed);
                return r.withEvidenceLinks(links);
            });
        }
    }

    public void removeEvidence(int index) {
        update.accept(r -> {
            List<String> links = new ArrayList<>(r.evidenceLinks());
            if (index >= 0 && index < links.size()) {
                links.remove(index);
            }
            return r.withEvidenceLinks(links);
        });
    }

    /** Stores the typed note and adds the typed evidence. */
    void saveDrafts() {
        commitNote();
        if (!evidenceDraft.isBlank()) {
            addEvidence(evidenceDraft);
        }
        evidenceDraft = "";
    }
}
