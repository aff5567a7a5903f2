package io.debtmeter.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Keeps each column of a table at least as wide as its header's words plus room for the sort arrow,
 * so "Debt index" never shows as "Debt in…", whatever font and size the system or presenter mode
 * gives the window. Widths set in code guess a font; this measures the header as drawn, after each
 * layout, and widens a column only when its header needs it.
 */
public final class WholeHeaders {

    /** The sort arrow and its gap (AtlantaFX draws it about 8 px wide, with padding on both sides). */
    private static final double SORT_ARROW_ROOM = 18;

    /** Measures a cell's words; used on the FX thread only. */
    private static final Text MEASURE = new Text();

    private WholeHeaders() {
    }

    /** Headers whole; cells that wrap or fit themselves are left to the table. */
    public static void keep(TableView<?> table) {
        keep(table, false);
    }

    /**
     * Headers whole, and each column also as wide as the widest text among the cells shown, for tables
     * of short, unwrapped texts (a rubric's id and version) that must not end in "…" either.
     */
    public static void keepWithCells(TableView<?> table) {
        keep(table, true);
    }

    private static void keep(TableView<?> table, boolean cells) {
        Runnable fit = () -> {
            boolean widened = fit(table);
            if (cells) {
                widened |= fitCells(table);
            }
            if (widened) {
                shareOutAgain(table);
            }
        };
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(fit);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(fit);
            }
        });
        Scene scene = table.getScene();
        if (scene != null) {
            scene.addPostLayoutPulseListener(fit);
        }
    }

    /** Runs the table's resize policy as a resized table does (no column given), now the minimums are known. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void shareOutAgain(TableView table) {
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures(table, null, 0.0));
    }

    private static boolean fitCells(TableView<?> table) {
        boolean widened = false;
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getTableColumn() != null
                    && cell.getText() != null && !cell.getText().isEmpty()) {
                // A cell's own pref width is its column's width: its words are measured instead.
                MEASURE.setFont(cell.getFont());
                MEASURE.setText(cell.getText());
                widened |= widen(cell.getTableColumn(), Math.ceil(MEASURE.getLayoutBounds().getWidth()
                        + cell.snappedLeftInset() + cell.snappedRightInset() + 2));
            }
        }
        return widened;
    }

    private static boolean widen(TableColumnBase<?, ?> column, double needed) {
        if (column.getMinWidth() < needed) {
            column.setMinWidth(needed);
            if (column.getPrefWidth() < needed && !column.prefWidthProperty().isBound()) {
                column.setPrefWidth(needed);
            }
            return true;
        }
        return false;
    }

    private static boolean fit(TableView<?> table) {
        boolean widened = false;
        for (Node node : table.lookupAll(".column-header")) {
            if (!(node instanceof TableColumnHeader header) || header.getTableColumn() == null
                    || !(header.lookup(".label") instanceof Label label)) {
                continue;
            }
            TableColumnBase<?, ?> column = header.getTableColumn();
            double arrow = column.isSortable() ? SORT_ARROW_ROOM : 0;
            widened |= widen(column, Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset() + arrow));
        }
        return widened;
    }
}
