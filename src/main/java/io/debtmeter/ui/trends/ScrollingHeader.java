package io.debtmeter.ui.trends;

import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A header that follows the heat map's body in one direction only: it shows its content at full
 * length, shifted by the body's scroll offset and clipped to itself, so period labels stay on top
 * and item titles stay on the left while the cells scroll.
 */
final class ScrollingHeader extends Region {

    private final Region content;
    private final boolean horizontal;

    ScrollingHeader(Region content, boolean horizontal) {
        this.content = content;
        this.horizontal = horizontal;
        getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    /** @param offset how far the body is scrolled in this header's direction, in pixels */
    void setOffset(double offset) {
        if (horizontal) {
            content.setTranslateX(-offset);
        } else {
            content.setTranslateY(-offset);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return horizontal ? content.prefHeight(-1) : content.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        // Item titles are never squeezed; period labels may scroll out of sight sideways.
        return horizontal ? 0 : computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return horizontal ? computePrefHeight(width) : 0;
    }

    @Override
    protected void layoutChildren() {
        if (horizontal) {
            content.resizeRelocate(0, 0, content.prefWidth(-1), getHeight());
        } else {
            content.resizeRelocate(0, 0, getWidth(), content.prefHeight(getWidth()));
        }
    }
}
