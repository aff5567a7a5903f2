package io.debtmeter.ui.compare;

import io.debtmeter.core.analysis.compare.CategoryDelta;
import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.List;

/**
 * Maturity per category on both sides and a diverging bar of the change: gains grow right of the axis,
 * losses left, each with its glyph and signed number beside it, so the bar is never the only cue.
 */
final class CategoryDeltaChart extends ComparePanel {

    /** Bars are drawn against the largest change, but never less than this, so 0.4 points is not a full bar. */
    private static final double MIN_SCALE_POINTS = 10;

    CategoryDeltaChart(List<CategoryDelta> categories, CompareText format) {
        Texts texts = format.texts();
        super("compare-categories", texts.get("compare.categories"));
        Label hint = hint(texts.get("compare.categories.hint"));

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(column(220, Priority.NEVER, HPos.LEFT), column(60, Priority.NEVER, HPos.RIGHT),
                column(60, Priority.NEVER, HPos.RIGHT), column(240, Priority.ALWAYS, HPos.CENTER), column(150, Priority.NEVER, HPos.LEFT));
        grid.addRow(0, head(texts.get("compare.col.category")), head(texts.get("compare.side.BEFORE")),
                head(texts.get("compare.side.AFTER")), head(texts.get("compare.categories.bar")), head(texts.get("compare.col.change")));
        double scale = Math.max(MIN_SCALE_POINTS, categories.stream()
                .filter(c -> c.delta().isPresent()).mapToDouble(c -> Math.abs(c.delta().getAsDouble())).max().orElse(0));
        int row = 1;
        for (CategoryDelta category : categories) {
            Label name = new Label(category.title());
            name.setWrapText(true);
            Label before = new Label(format.number(category.before()));
            before.setId("compare-category-" + category.categoryId() + "-before");
            Label after = new Label(format.number(category.after()));
            after.setId("compare-category-" + category.categoryId() + "-after");
            grid.addRow(row++, name, before, after, bar(category, scale), delta(category, format));
        }
        getChildren().addAll(hint, grid);
    }

    private static Label head(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(CompareCss.COLUMN_HEAD);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static ColumnConstraints column(double width, Priority grow, HPos align) {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(grow == Priority.ALWAYS ? 120 : Region.USE_PREF_SIZE);
        column.setPrefWidth(width);
        column.setHgrow(grow);
        column.setHalignment(align);
        column.setFillWidth(true);
        return column;
    }

    /** Two halves around a centre axis; the fill takes |delta| / scale of its half. */
    private static HBox bar(CategoryDelta category, double scale) {
        double share = category.delta().isPresent() ? Math.min(1, Math.abs(category.delta().getAsDouble()) / scale) : 0;
        boolean gain = category.delta().isPresent() && category.delta().getAsDouble() > 0;
        StackPane left = half(gain ? 0 : share, Pos.CENTER_RIGHT, category.change());
        StackPane right = half(gain ? share : 0, Pos.CENTER_LEFT, category.change());
        Region axis = new Region();
        axis.getStyleClass().add(CompareCss.BAR_AXIS);
        HBox bar = new HBox(left, axis, right);
        bar.setAlignment(Pos.CENTER);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("compare-category-" + category.categoryId() + "-bar");
        return bar;
    }

    private static StackPane half(double share, Pos alignment, Change change) {
        Region fill = new Region();
        fill.getStyleClass().addAll(CompareCss.BAR_FILL, CompareCss.of(change));
        fill.setMinWidth(0);
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add(CompareCss.BAR_TRACK);
        track.setAlignment(alignment);
        track.setMinWidth(40);
        track.setPrefWidth(120);
        track.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(track, Priority.ALWAYS);
        fill.prefWidthProperty().bind(track.widthProperty().multiply(share));
        return track;
    }

    private static Label delta(CategoryDelta category, CompareText format) {
        Texts texts = format.texts();
        String text = category.delta().isPresent() ? format.maturityPoints(category.delta())
                : texts.get("compare.categories.notComparable." + category.presence().name());
        Label label = new Label(text);
        label.setId("compare-category-" + category.categoryId() + "-delta");
        label.getStyleClass().addAll(CompareCss.DELTA_CHIP, CompareCss.of(category.change()));
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setAccessibleText(texts.get("compare.categories.accessible", category.title(), format.number(category.before()),
                format.number(category.after()), text, format.change(category.change())));
        return label;
    }
}
