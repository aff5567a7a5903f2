package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.PortfolioSummary;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The portfolio in five numbers: teams, median debt index, improved, regressed, and teams to chase.
 *
 * <p>The five tiles are built once, showing a dash until the first load, and each load only sets
 * their words: new nodes would be styled in the frame that also brings the table's first rows,
 * and that frame is the one a large portfolio makes longest (docs/benchmarks.md).</p>
 */
final class SummaryStrip extends HBox {

    private final Texts texts;
    private final Tile teams;
    private final Tile median;
    private final Tile improved;
    private final Tile regressed;
    private final Tile stale;

    SummaryStrip(Texts texts) {
        this.texts = texts;
        setId("portfolio-summary");
        getStyleClass().add(PortfolioCss.SUMMARY);
        setMinHeight(Region.USE_PREF_SIZE);
        // Explanations that do not depend on the numbers show from the start, so the strip is as tall
        // before the first load as after it and nothing below it moves when the numbers arrive.
        teams = new Tile("teams", "portfolio.summary.teams", "");
        median = new Tile("median", "portfolio.summary.median", texts.get("portfolio.summary.median.detail"));
        improved = new Tile("improved", "portfolio.summary.improved", texts.get("portfolio.summary.improved.detail"));
        regressed = new Tile("regressed", "portfolio.summary.regressed", texts.get("portfolio.summary.regressed.detail"));
        stale = new Tile("stale", "portfolio.summary.stale", "");
        getChildren().setAll(teams.box, median.box, improved.box, regressed.box, stale.box);
    }

    void show(PortfolioSummary summary) {
        teams.show(String.valueOf(summary.teams()), texts.get("portfolio.summary.teams.detail", summary.scored()));
        median.show(DisplayNumbers.shown(summary.medianDebtIndex()), texts.get("portfolio.summary.median.detail"));
        improved.show("\u25bc " + summary.improved(), texts.get("portfolio.summary.improved.detail"));
        regressed.show("\u25b2 " + summary.regressed(), texts.get("portfolio.summary.regressed.detail"));
        stale.show(String.valueOf(summary.stale()), staleDetail(summary));
    }

    /** Says what the overdue number leaves out (teams never assessed), without contradicting it. */
    private String staleDetail(PortfolioSummary summary) {
        if (summary.neverAssessed() > 0) {
            return texts.get("portfolio.summary.stale.detail.never", summary.neverAssessed());
        }
        return texts.get(summary.stale() == 0 ? "portfolio.summary.stale.detail.none" : "portfolio.summary.stale.detail.allOnce");
    }

    /** One tile: a caption, its number, and a line that explains the number. */
    private final class Tile {
        private final VBox box;
        private final Label caption;
        private final Label number;
        private final Label detail;

        Tile(String id, String captionKey, String explanation) {
            caption = label(texts.get(captionKey), PortfolioCss.TILE_CAPTION);
            number = label(DisplayNumbers.NONE, PortfolioCss.TILE_VALUE);
            number.setId("portfolio-summary-" + id);
            detail = label(explanation, PortfolioCss.TILE_DETAIL);
            detail.setId("portfolio-summary-" + id + "-detail");
            box = new VBox(2, caption, number, detail);
            box.getStyleClass().addAll(AppCss.FRAMED_CARD, PortfolioCss.TILE, id);
            box.setFocusTraversable(false);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setPrefWidth(200);
        }

        void show(String value, String explanation) {
            number.setText(value);
            detail.setText(explanation);
            box.setAccessibleText(texts.get("portfolio.summary.accessible", caption.getText(), value, explanation));
        }
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
