package io.debtmeter.ui.scorecard;

import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** A simple horizontal bar (charts come in a later issue): a track and a fill of a share of it. */
final class Bars {

    private Bars() {
    }

    /** @param share 0..1 of the track; the fill follows the track's width as the window resizes */
    static StackPane bar(double share, String fillStyleClass) {
        Region fill = new Region();
        fill.getStyleClass().addAll(ScorecardCss.BAR_FILL, fillStyleClass);
        fill.setMinWidth(0);
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add(ScorecardCss.BAR_TRACK);
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(60);
        track.setPrefWidth(240);
        track.setMaxWidth(Double.MAX_VALUE);
        fill.prefWidthProperty().bind(track.widthProperty().multiply(Math.max(0, Math.min(1, share))));
        return track;
    }
}
