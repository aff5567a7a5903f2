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

    /**
     * "Rubric 1.0.0 → 2.0.0 from 2026-Q4; ≠ marks the 21 items whose meaning changed", for each change of
     * rubric version between neighbouring columns; empty when every column has the same version.
     */
    private static java.util.Optional<Label> versionChange(HeatMap map, TrendTexts words) {
        java.util.List<String> changes = new java.util.ArrayList<>();
        for (int i = 1; i < map.columns().size(); i++) {
            var before = map.columns().get(i - 1);
            var after = map.columns().get(i);
            if (!before.rubricVersion().equals(after.rubricVersion())) {
                changes.add(words.texts().get("trends.heat.versionChange", before.rubricVersion(), after.rubricVersion(),
                        after.period()));
            }
        }
        if (changes.isEmpty()) {
            return java.util.Optional.empty();
        }
        long changed = map.groups().stream().flatMap(g -> g.rows().stream()).filter(r -> r.meaningChanged()).count();
        Label note = new Label(String.join("; ", changes)
                + (changed == 0 ? "" : " " + words.texts().get("trends.heat.meaningChanged.count", changed)));
        note.setId("trends-heat-version-change");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        return java.util.Optional.of(note);
    }

    HeatMapPanel(HeatMap map, TrendTexts words, HoverTip tip, Consumer<UUID> openAssessment) {
        getStyleClass().add(TrendsCss.SCREEN.panel());
        setId("trends-heat-panel");
        setMinHeight(200);
        HeatMapPalette palette = new HeatMapPalette();
        HeatMapPainter painter = new HeatMapPainter(palette, words.texts().get("trends.heat.na.short"));
        Label title = TrendsCss.SCREEN.panelTitle(words.texts().get("trends.heat.title"));
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
        versionChange(map, words).ifPresent(note -> getChildren().add(1, note));
    }
}
