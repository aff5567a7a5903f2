package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.PortfolioRow;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import java.util.function.Function;

/**
 * A portfolio table cell: shows what {@link PortfolioCells} makes for the row, explains it in a
 * tooltip (the graphic's accessible text), and widens its column to fit, so nothing is cut to "…".
 */
final class PortfolioCell extends TableCell<PortfolioRow, PortfolioRow> {

    private final TableColumn<PortfolioRow, PortfolioRow> column;
    private final Function<PortfolioRow, Node> content;
    /** What the tooltip would say: the graphic's accessible text, if it has one. */
    private String hintText;
    /**
     * Made on the first hover, then reused as the cell shows other rows: a Tooltip is a popup window
     * of its own, too dear to make for every cell that is merely scrolled past.
     */
    private Tooltip hint;

    PortfolioCell(TableColumn<PortfolioRow, PortfolioRow> column, Function<PortfolioRow, Node> content) {
        this.column = column;
        this.content = content;
        setOnMouseEntered(event -> showHint());
    }

    @Override
    protected void updateItem(PortfolioRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        setGraphic(empty || row == null ? null : content.apply(row));
        hintText = getGraphic() == null ? null : getGraphic().getAccessibleText();
        if (hint != null) {
            showHint();
        }
    }

    private void showHint() {
        if (hintText == null) {
            setTooltip(null);
            return;
        }
        if (hint == null) {
            hint = new Tooltip();
            hint.setWrapText(true);
            hint.setMaxWidth(420);
        }
        hint.setText(hintText);
        setTooltip(hint);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // Measured here, where the graphic is styled (bold, badge padding) and so has its true width.
        if (getGraphic() != null) {
            widenColumnToFit();
        }
    }

    /**
     * Columns only ever grow, to the widest cell shown so far: a grade such as "Reasonably tested" or
     * a long stale badge widens its column instead of being cut, and widths never jump back and forth
     * while scrolling. The team column gets what is left (see PortfolioTable).
     */
    private void widenColumnToFit() {
        Node graphic = getGraphic();
        double needed = graphic instanceof Text text && text.wrappingWidthProperty().isBound()
                // the same room the text's wrapping width leaves (PortfolioCells.team)
                ? Math.ceil(longestWordWidth(text) + PortfolioCells.TEAM_CELL_PADDING) + 2
                : Math.ceil(graphic.prefWidth(-1) + snappedLeftInset() + snappedRightInset()) + 2;
        if (needed > column.getMinWidth()) {
            column.setMinWidth(needed);
            if (!column.prefWidthProperty().isBound()) {
                column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
            }
        }
    }

    /** Wrapping text may break between words, never inside one: its column is at least its longest word wide. */
    private static double longestWordWidth(Text text) {
        Text word = new Text();
        word.setFont(text.getFont());
        double widest = 0;
        for (String part : text.getText().split("\\s+")) {
            word.setText(part);
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
