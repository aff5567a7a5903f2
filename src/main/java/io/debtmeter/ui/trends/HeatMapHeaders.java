package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.HeatMap;
import io.debtmeter.core.analysis.trends.HeatMapColumn;
import io.debtmeter.core.analysis.trends.HeatMapGroup;
import io.debtmeter.core.analysis.trends.HeatMapRow;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.UUID;
import java.util.function.Consumer;

/** The heat map's headers: category and item titles down the left, periods along the top. */
final class HeatMapHeaders {

    /** Height of a row of cells (more when its title wraps): low enough for a dozen rows at 1280×800. */
    static final double ROW_HEIGHT = 24;

    private HeatMapHeaders() {
    }

    static RowHeader rowTitles(HeatMap map, TrendTexts words) {
        RowHeader titles = new RowHeader();
        for (HeatMapGroup group : map.groups()) {
            String category = group.category().retired()
                    ? words.texts().get("trends.heat.retired", group.category().title()) : group.category().title();
            titles.add(title(category, "trends-heat-group-" + NodeIds.safe(group.category().id()), TrendsCss.HEAT_GROUP), null);
            for (HeatMapRow row : group.rows()) {
                Label label = title(row.retired() ? words.texts().get("trends.heat.retired", row.title()) : row.title(),
                        "trends-heat-row-" + NodeIds.safe(row.itemId()), TrendsCss.HEAT_ITEM);
                if (row.retired()) {
                    label.getStyleClass().add(TrendsCss.HEAT_RETIRED);
                }
                if (row.meaningChanged()) {
                    // The mark, and the words for a screen reader and the tooltip: the levels before and after
                    // the version change answer different questions.
                    label.setText(words.texts().get("trends.heat.meaningChanged", label.getText()));
                    label.setTooltip(new javafx.scene.control.Tooltip(row.meaningChange()));
                    label.setAccessibleText(words.texts().get("trends.heat.meaningChanged.accessible", row.title(),
                            row.meaningChange()));
                }
                titles.add(label, row);
            }
        }
        return titles;
    }

    private static Label title(String text, String id, String styleClass) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(ROW_HEIGHT);
        return label;
    }

    static HBox periods(HeatMap map, TrendTexts words, HoverTip tip, Consumer<UUID> openAssessment) {
        HBox periods = new HBox();
        for (int i = 0; i < map.columns().size(); i++) {
            periods.getChildren().add(period(map.columns().get(i), i, words, tip, openAssessment));
        }
        return periods;
    }

    /**
     * A period above its column, as a link: clicking it opens the assessment. (From the keyboard, Enter
     * on a cell does the same.) Labels rather than buttons: forty buttons cost more than the whole map.
     */
    private static Label period(HeatMapColumn column, int index, TrendTexts words, HoverTip tip,
                                Consumer<UUID> openAssessment) {
        Label header = new Label(column.period());
        header.setId("trends-heat-column-" + index);
        header.getStyleClass().add(TrendsCss.HEAT_COLUMN);
        header.setWrapText(false);
        String open = words.texts().get("trends.heat.column.tip", column.period(), words.date(column.date()),
                column.rubricVersion());
        header.setAccessibleRole(AccessibleRole.HYPERLINK);
        header.setAccessibleText(open);
        header.setCursor(Cursor.HAND);
        // The grid sets min and max to the column's width once the headers' own widths are known.
        header.setMinWidth(HeatMapPainter.MIN_COLUMN);
        header.setMaxWidth(HeatMapPainter.MIN_COLUMN);
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.setMaxHeight(Double.MAX_VALUE);
        header.setOnMouseEntered(event -> tip.showLater(header, open, event.getScreenX(), event.getScreenY()));
        header.setOnMouseExited(event -> tip.hide());
        header.setOnMouseClicked(event -> {
            tip.hide();
            openAssessment.accept(column.assessmentId());
        });
        return header;
    }
}
