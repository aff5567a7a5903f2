package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.scorecard.DebtBands;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.Locale;

/** What the colours and the marker mean: one swatch per grade band of the rubric, and the target marker. */
final class ChartLegend extends FlowPane {

    ChartLegend(Rubric rubric, Texts texts) {
        setId("scorecard-legend");
        getStyleClass().add("chart-legend");
        Label caption = new Label(texts.get("scorecard.legend.band"));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().add(caption);
        DebtBands bands = new DebtBands(rubric.gradeBands());
        for (int i = 0; i < bands.ordered().size(); i++) {
            GradeBand band = bands.ordered().get(i);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", ScorecardCss.BAND_FILL, ScorecardCss.BAND_PREFIX + bands.colourStep(i));
            Label label = new Label(texts.get("scorecard.legend.range", band.label(), number(band.min()), number(band.max())),
                    swatch);
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setGraphicTextGap(6);
            getChildren().add(label);
        }
        Region marker = new Region();
        marker.getStyleClass().add(ScorecardCss.TARGET_HEAD);
        marker.setMinSize(12, 8);
        marker.setMaxSize(12, 8);
        Label target = new Label(texts.get("scorecard.legend.target"), marker);
        target.setMinWidth(Region.USE_PREF_SIZE);
        target.setGraphicTextGap(6);
        HBox targetBox = new HBox(target);
        targetBox.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(targetBox);
    }

    /** Band limits as the rubric writes them: "20", "28.5". */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
