package io.debtmeter.ui.compare;

import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.WholeHeaders;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import java.util.List;
import java.util.function.Function;

/**
 * The matched items: category, item, both answers, the change and which sides have a note. Long text wraps
 * inside its cell (rows grow) instead of being cut with an ellipsis; the notes themselves are read in full
 * in the pane below the table.
 */
final class ItemTable extends TableView<ItemDelta> {

    ItemTable(CompareViewModel viewModel, CompareText format) {
        Texts texts = format.texts();
        setId("compare-items");
        setAccessibleText(texts.get("compare.items.accessible"));
        setPlaceholder(new Label(texts.get("compare.items.none")));
        getColumns().setAll(List.of(
                wrapping(texts.get("compare.col.category"), 170, ItemDelta::categoryTitle),
                wrapping(texts.get("compare.col.item"), 250, ItemDelta::title),
                wrapping(texts.get("compare.side.BEFORE"), 230, item -> format.answer(item.before())),
                wrapping(texts.get("compare.side.AFTER"), 230, item -> format.answer(item.after())),
                changeColumn(format),
                wrapping(texts.get("compare.col.notes"), 120, item -> notesOf(texts, item))));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WholeHeaders.keep(this);
        setItems(viewModel.visibleItems());
    }

    private static String notesOf(Texts texts, ItemDelta item) {
        boolean before = item.before().hasNote();
        boolean after = item.after().hasNote();
        return before && after ? texts.get("compare.notes.both") : before ? texts.get("compare.notes.before")
                : after ? texts.get("compare.notes.after") : "";
    }

    private static TableColumn<ItemDelta, String> wrapping(String title, double width, Function<ItemDelta, String> text) {
        TableColumn<ItemDelta, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(80);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new WrappingCell());
        return column;
    }

    private static TableColumn<ItemDelta, ItemDelta> changeColumn(CompareText format) {
        TableColumn<ItemDelta, ItemDelta> column = new TableColumn<>(format.texts().get("compare.col.change"));
        column.setPrefWidth(110);
        column.setMinWidth(100);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label chip = new Label();

            {
                chip.getStyleClass().add(CompareCss.DELTA_CHIP);
                chip.setMinWidth(Label.USE_PREF_SIZE);
                setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(ItemDelta item, boolean empty) {
                super.updateItem(item, empty);
                chip.getStyleClass().removeIf(style -> style.startsWith("change-"));
                if (empty || item == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                chip.setText(format.itemDelta(item));
                chip.getStyleClass().add(CompareCss.of(item.change()));
                chip.setAccessibleText(format.itemDeltaAccessible(item));
                setGraphic(chip);
            }
        });
        return column;
    }

    /** A cell whose text wraps to the column's width, so a long option label grows the row instead of being cut. */
    private static final class WrappingCell extends TableCell<ItemDelta, String> {

        /** The cell's left and right padding (compare.css), which the text must leave free. */
        private static final double CELL_PADDING = 16;

        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add(CompareCss.WRAPPING_TEXT);
            // Wrapped at its column's width, which the table knows before it lays out a row. Bound to
            // the cell's own width instead, a new cell's text first laid out unwrapped (width 0), and
            // every row was measured again once its cells had their widths.
            tableColumnProperty().addListener((obs, old, column) -> {
                text.wrappingWidthProperty().unbind();
                if (column != null) {
                    text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
                }
            });
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            text.setText(item);
            setAccessibleText(item);
            setGraphic(text);
        }
    }
}
