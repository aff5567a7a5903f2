package io.debtmeter.ui.compare;

import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Per-item changes: filters with counts, the table, and the selected row's notes in full. Built once and kept
 * while comparisons come and go, so the chosen filter stays on when the sides change.
 */
final class ItemsPanel extends ComparePanel {

    private static final double HEADER_HEIGHT = 44;
    private static final double ROW_HEIGHT = 42;
    private static final double MAX_TABLE_HEIGHT = 520;

    private final CompareViewModel viewModel;
    private final FilterBar filters;
    private final ItemTable table;
    private final NotesDetail notes;

    ItemsPanel(CompareViewModel viewModel, CompareText format) {
        Texts texts = format.texts();
        super("compare-items-panel", texts.get("compare.items"));
        this.viewModel = viewModel;
        Label hint = hint(texts.get("compare.items.hint"));
        filters = new FilterBar(viewModel, texts);
        table = new ItemTable(viewModel, format);
        // As tall as its rows (about 42 px each, more where text wraps) up to a screenful, so two regressed
        // items do not sit above a tall empty box; beyond that the table scrolls.
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(MAX_TABLE_HEIGHT, HEADER_HEIGHT + Math.max(2, viewModel.visibleItems().size()) * ROW_HEIGHT),
                viewModel.visibleItems()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        notes = new NotesDetail(format);
        getChildren().addAll(hint, filters, table, notes);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                notes.show(viewModel.comparisonProperty().get(), item));
    }

    /** A new comparison: new counts, and no selection carried over from the old rows. */
    void refresh() {
        filters.showCounts();
        table.getSelectionModel().clearSelection();
        notes.show(viewModel.comparisonProperty().get(), null);
    }
}
