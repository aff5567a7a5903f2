package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.HeatMapCell;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the cells mean: the newest scale's levels, least to most mature, then N/A, unanswered, not in
 * that version, and the note mark. Each swatch is painted by the same painter as the cells.
 */
final class HeatMapLegend extends FlowPane {

    private static final double SWATCH_WIDTH = 38;
    private static final double SWATCH_HEIGHT = 24;

    private final HeatMapPainter painter;
    private final List<Runnable> repaints = new ArrayList<>();

    HeatMapLegend(Optional<Scale> scale, TrendTexts words, HeatMapPalette palette, HeatMapPainter painter) {
        this.painter = painter;
        setId("trends-heat-legend");
        setHgap(14);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setVgap(6);
        scale.ifPresent(s -> {
            for (ScaleLevel level : s.levels()) {
                entry(HeatMapCell.scored(level.value(), s.normalise(level.value()), level.label(), ""), level.label());
            }
        });
        entry(HeatMapCell.unscored(HeatMapCell.State.NOT_APPLICABLE, ""), words.texts().get("trends.heat.legend.na"));
        entry(HeatMapCell.unscored(HeatMapCell.State.UNANSWERED, ""), words.texts().get("trends.heat.legend.unanswered"));
        Label notInVersion = new Label(words.texts().get("trends.heat.legend.notInVersion"));
        notInVersion.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(notInVersion);   // a blank swatch would only look like a gap
        entry(HeatMapCell.unscored(HeatMapCell.State.UNANSWERED, "note"), words.texts().get("trends.heat.legend.note"));
        palette.onChange(() -> repaints.forEach(Runnable::run));
    }

    private void entry(HeatMapCell cell, String text) {
        Canvas swatch = new Canvas(SWATCH_WIDTH, SWATCH_HEIGHT);
        Runnable repaint = () -> {
            swatch.getGraphicsContext2D().clearRect(0, 0, SWATCH_WIDTH, SWATCH_HEIGHT);
            painter.cell(swatch.getGraphicsContext2D(), cell, 1, 1, SWATCH_WIDTH - 2, SWATCH_HEIGHT - 2);
        };
        repaints.add(repaint);
        repaint.run();
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox entry = new HBox(6, swatch, label);
        entry.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().add(entry);
    }
}
