package io.debtmeter.ui.trends;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.layout.Region;

import java.util.function.Supplier;

/**
 * One point of a line. It carries no style classes: with forty assessments a chart has hundreds of
 * points, and CSS matched per point cost more than everything else on the screen. It takes its
 * shape and colours from its line's legend marker instead, which the stylesheet does style, so a
 * theme switch still restyles it. Texts are made only when someone asks for them.
 */
final class PointMarker extends Region {

    private final Supplier<String> description;

    PointMarker(String id, Region legendMarker, double size, Supplier<String> tipText, Supplier<String> description,
                HoverTip tip, Runnable open) {
        this.description = description;
        setId(id);
        shapeProperty().bind(legendMarker.shapeProperty());
        backgroundProperty().bind(legendMarker.backgroundProperty());
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        setAccessibleRole(AccessibleRole.BUTTON);
        setCursor(Cursor.HAND);
        setOnMouseEntered(event -> {
            setScaleX(1.45);
            setScaleY(1.45);
            tip.showLater(this, tipText.get(), event.getScreenX(), event.getScreenY());
        });
        setOnMouseExited(event -> {
            setScaleX(1);
            setScaleY(1);
            tip.hide();
        });
        setOnMouseClicked(event -> {
            tip.hide();
            open.run();
        });
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? description.get() : super.queryAccessibleAttribute(attribute, parameters);
    }
}
