package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.Direction;
import io.debtmeter.core.analysis.portfolio.Freshness;
import io.debtmeter.core.analysis.portfolio.PortfolioRow;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.GradeBand;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * What each table cell shows for one team. Meaning never rests on colour: every mark has a glyph or
 * words. A mark that needs explaining carries it as accessible text, which the table's cell also
 * shows as its tooltip.
 *
 * <p>Plain words are {@link Text} nodes, not Labels: a Label is two nodes with a skin, and the
 * theme has some fifty rules ending in {@code .label} that JavaFX 21 tries on every new one, while a
 * Text meets a handful. A table of 500 teams makes new cells on every open and sort, and styling
 * them was the largest part of its longest frames (docs/benchmarks.md, sixth measurement). Only
 * what needs a box, the grade pill and the warning badge, stays a Label.</p>
 */
final class PortfolioCells {

    /** Horizontal padding of a table cell (portfolio.css: 0.6em each side at 14px), plus a little air. */
    static final double TEAM_CELL_PADDING = 24;

    private final Texts texts;

    PortfolioCells(Texts texts) {
        this.texts = texts;
    }

    /**
     * The team's name as wrapping text: a long name takes a second line instead of being cut. (A Label
     * would not wrap here: table rows ask their cells' graphics for a height without giving a width.)
     */
    Node team(PortfolioRow row, ReadOnlyDoubleProperty columnWidth) {
        Text name = new Text(row.teamName());
        name.getStyleClass().add("cell-team");
        name.wrappingWidthProperty().bind(columnWidth.subtract(TEAM_CELL_PADDING));
        return name;
    }

    /** The grade's label on its band colour, like a bar of the chart; a muted dash without a grade. */
    Node grade(PortfolioRow row) {
        if (row.grade().isEmpty()) {
            return text(DisplayNumbers.NONE, "cell-grade", PortfolioCss.MUTED);
        }
        GradeBand band = row.grade().get();
        Label pill = label(band.label(), "cell-grade", PortfolioCss.GRADE_PILL,
                PortfolioCss.BAND_PREFIX + row.gradeStep().orElse(0));
        String meaning = texts.get("portfolio.grade.accessible", band.label(), band.meaning());
        pill.setAccessibleText(meaning);
        return pill;
    }

    Node debtIndex(PortfolioRow row) {
        Text number = text(DisplayNumbers.shown(row.debtIndex()),
                "cell-debt", PortfolioCss.NUMBER);
        if (row.debtIndex().isEmpty() && row.latest().isPresent()) {
            number.setAccessibleText(texts.get("portfolio.noScore"));
        }
        return number;
    }

    /** "▼ −3.2" in the colour for less debt, "▲ +1.5" in the colour for more, "= 0.0" plain. */
    Node change(PortfolioRow row) {
        Text change = text(PortfolioText.change(texts, row), "cell-change", PortfolioCss.CHANGE,
                directionClass(row.change().direction()));
        String sentence = PortfolioText.changeSentence(texts, row);
        change.setAccessibleText(sentence);
        return change;
    }

    /**
     * The date and how long ago. An overdue team gets a warning badge under the date instead of
     * "N days ago": the row stands out, and the column stays narrow enough for 1280 px.
     */
    Node lastAssessed(PortfolioRow row) {
        if (row.freshness() == Freshness.NEVER_ASSESSED) {
            return badge(texts.get("portfolio.never"));
        }
        Text date = text(texts.date(row.latest().orElseThrow().date()), "cell-date");
        long days = row.daysSinceLast().orElseThrow();
        if (row.freshness() == Freshness.STALE) {
            return new VBox(3, date, badge(texts.get("portfolio.stale", days)));
        }
        HBox box = new HBox(8, date, text(PortfolioText.daysAgo(texts, days), "cell-days", PortfolioCss.MUTED));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    Node status(PortfolioRow row) {
        Text status = text(PortfolioText.status(texts, row), "cell-status");
        if (row.isPartial()) {
            status.getStyleClass().add(PortfolioCss.PARTIAL);
            status.setAccessibleText(PortfolioText.statusSentence(texts, row));
        }
        return status;
    }

    private Label badge(String text) {
        Label badge = label(text, "cell-badge", PortfolioCss.BADGE);
        badge.setGraphic(AppIcon.WARNING.create());
        return badge;
    }

    private static String directionClass(Direction direction) {
        return switch (direction) {
            case IMPROVED -> PortfolioCss.IMPROVED;
            case REGRESSED -> PortfolioCss.REGRESSED;
            case UNCHANGED -> PortfolioCss.UNCHANGED;
            case FIRST, NOT_COMPARABLE -> PortfolioCss.NOT_COMPARED;
        };
    }

    /** Words that never wrap: a Text is as wide as its words, so its column widens to fit them (PortfolioCell). */
    private static Text text(String words, String... styleClasses) {
        Text text = new Text(words);
        text.getStyleClass().addAll(styleClasses);
        return text;
    }

    private static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        // Never shorter than the text: a column too narrow scrolls rather than cutting a word to "…".
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
