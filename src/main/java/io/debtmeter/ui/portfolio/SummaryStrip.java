package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.PortfolioSummary;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The portfolio in five numbers: teams, median debt index, improved, regressed, and teams to chase. */
final class SummaryStrip extends HBox {

    private final Texts texts;

    SummaryStrip(Texts texts) {
        this.texts = texts;
        setId("portfolio-summary");
        getStyleClass().add(PortfolioCss.SUMMARY);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    void show(PortfolioSummary summary) {
        getChildren().setAll(
                tile("teams", "portfolio.summary.teams", String.valueOf(summary.teams()),
                        texts.get("portfolio.summary.teams.detail", summary.scored())),
                tile("median", "portfolio.summary.median", PortfolioText.number(summary.medianDebtIndex()),
                        texts.get("portfolio.summary.median.detail")),
                tile("improved", "portfolio.summary.improved", "\u25bc " + summary.improved(),
                        texts.get("portfolio.summary.improved.detail")),
                tile("regressed", "portfolio.summary.regressed", "\u25b2 " + summary.regressed(),
                        texts.get("portfolio.summary.regressed.detail")),
                tile("stale", "portfolio.summary.stale", String.valueOf(summary.stale()),
                        texts.get("portfolio.summary.stale.detail", summary.neverAssessed())));
    }

    private VBox tile(String id, String captionKey, String value, String detail) {
        Label caption = label(texts.get(captionKey), PortfolioCss.TILE_CAPTION);
        Label number = label(value, PortfolioCss.TILE_VALUE);
        number.setId("portfolio-summary-" + id);
        Label more = label(detail, PortfolioCss.TILE_DETAIL);
        VBox tile = new VBox(2, caption, number, more);
        tile.getStyleClass().addAll(PortfolioCss.TILE, id);
        tile.setAccessibleText(texts.get("portfolio.summary.accessible", caption.getText(), value, detail));
        tile.setFocusTraversable(false);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setPrefWidth(200);
        return tile;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        // The strip keeps its height when the table below wants more: wrapped lines are never cut.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
