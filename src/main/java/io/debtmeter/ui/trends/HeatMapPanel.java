package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.HeatMap;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.UUID;
import java.util.function.Consumer;

/** The heat map with its title, legend, and a line that reads out the cell under the pointer or focus. */
final class HeatMapPanel extends VBox {

    HeatMapPanel(HeatMap map, TrendTexts words, HoverTip tip, Consumer<UUID> openAssessment) {
        getStyleClass().add(TrendsCss.SCREEN.panel());
        setId("trends-heat-panel");
        setMinHeight(200);
        HeatMapPalette palette = new HeatMapPalette();
        HeatMapPainter painter = new HeatMapPainter(palette, words.texts().get("trends.heat.na.short"));
        Label title = new Label(words.texts().get("trends.heat.title"));
        title.getStyleClass().add(TrendsCss.SCREEN.panelTitle());
        HeatMapLegend legend = new HeatMapLegend(map.newestScale(), words, palette, painter);
        HeatMapGrid grid = new HeatMapGrid(map, words, tip, openAssessment, palette, painter);
        VBox.setVgrow(grid, Priority.ALWAYS);
        grid.setMinHeight(120);
        Label detail = new Label();
        detail.setId("trends-heat-detail");
        detail.getStyleClass().add(TrendsCss.HEAT_DETAIL);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMaxWidth(Double.MAX_VALUE);
        String idle = words.texts().get("trends.heat.detail.idle");
        detail.textProperty().bind(grid.detailProperty().map(text -> text.isEmpty() ? idle : text));
        legend.getChildren().add(0, title);
        getChildren().setAll(legend, grid, detail);
    }
}
