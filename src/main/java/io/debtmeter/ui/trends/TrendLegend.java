package io.debtmeter.ui.trends;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The chart's legend, one check box per line, wrapping onto more rows when the window is narrow: each shows the line's colour, dash and marker, and
 * switches the line on and off.
 */
final class TrendLegend extends FlowPane {

    TrendLegend() {
        super(18, 4);
        getStyleClass().add(TrendsCss.LEGEND);
        setId("trends-legend");
    }

    /** @return the swatch's marker, styled by the line's slot: the chart's points take their look from it */
    Region add(String id, String name, String slot, BooleanProperty shown, String accessibleText) {
        Region marker = new Region();
        marker.getStyleClass().addAll(TrendsCss.MARKER, slot);
        CheckBox box = new CheckBox(name);
        box.setId(id);
        box.setGraphic(swatch(slot, marker));
        box.setAccessibleText(accessibleText);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(shown);
        getChildren().add(box);
        return marker;
    }

    /** A short stretch of the line with its marker in the middle, styled by the same classes as the chart. */
    private static Pane swatch(String slot, Region marker) {
        // Long enough for a whole period of the longest dash pattern on either side of the marker.
        Line line = new Line(0, 8, 52, 8);
        line.getStyleClass().addAll(TrendsCss.LINE, slot);
        marker.resizeRelocate(20, 2, 12, 12);
        marker.setManaged(false);
        Pane swatch = new Pane(line, marker);
        swatch.setMinSize(52, 16);
        swatch.setPrefSize(52, 16);
        swatch.setMaxSize(52, 16);
        return swatch;
    }
}
