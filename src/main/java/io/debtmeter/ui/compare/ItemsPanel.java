package io.debtmeter.ui.compare;

import io.debtmeter.ui.common.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Region;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-item changes: filters with counts, the table, and the selected row's notes in full. Built once and kept
 * while comparisons come and go, so the chosen filter stays on when the sides change.
 */
final class ItemsPanel extends ComparePanel {

    private static final double HEADER_HEIGHT = 44;
    private static final double ROW_HEIGHT = 42;
    private static final double MAX_TABLE_HEIGHT = 520;
    /** The window's header, the sides pickers and the filters above a table scrolled to the top of the page. */
    private static final double ROOM_ABOVE = 260;

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
        // As tall as its rows up to what the window has room for, so two regressed items do not sit above
        // a tall empty box, and a row whose answers wrap to three lines is not cut; beyond that it scrolls.
        table.setPrefHeight(HEADER_HEIGHT + 2 * ROW_HEIGHT);
        table.setMinHeight(Region.USE_PREF_SIZE);
        Runnable fit = this::fitTableToRows;
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(fit);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(fit);
            }
        });
        notes = new NotesDetail(format);
        getChildren().addAll(hint, filters, table, notes);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                notes.show(viewModel.comparisonProperty().get(), item));
    }

    /**
     * Sets the table's height to its header plus its rows as laid out (rows not laid out yet count
     * {@value #ROW_HEIGHT} px until they are), capped at what the window has room for. Run after each
     * layout: a row that wraps to more lines makes the table taller in the next frame, until every row
     * shows whole or the cap is reached.
     */
    private void fitTableToRows() {
        int count = viewModel.visibleItems().size();
        Map<Integer, Double> heights = new HashMap<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getIndex() >= 0
                    && row.getIndex() < count && row.getHeight() > 0 && row.getParent() != null && row.getParent().isVisible()) {
                heights.put(row.getIndex(), row.getHeight());
            }
        }
        Node headerRow = table.lookup(".column-header-background");
        double header = headerRow == null || headerRow.getLayoutBounds().getHeight() == 0
                ? HEADER_HEIGHT : headerRow.getLayoutBounds().getHeight();
        double rows = heights.values().stream().mapToDouble(Double::doubleValue).sum()
                + (Math.max(2, count) - Math.min(heights.size(), Math.max(2, count))) * ROW_HEIGHT;
        double wanted = Math.ceil(header + rows + table.snappedTopInset() + table.snappedBottomInset());
        double room = getScene() == null ? MAX_TABLE_HEIGHT : Math.max(MAX_TABLE_HEIGHT, getScene().getHeight() - ROOM_ABOVE);
        double height = Math.min(room, wanted);
        if (Math.abs(table.getPrefHeight() - height) > 0.5) {
            table.setPrefHeight(height);
        }
    }

    /** A new comparison: new counts, and no selection carried over from the old rows. */
    void refresh() {
        filters.showCounts();
        table.getSelectionModel().clearSelection();
        notes.show(viewModel.comparisonProperty().get(), null);
    }
}
