package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.HeatMap;
import io.debtmeter.core.analysis.trends.HeatMapRow;
import io.debtmeter.ui.trends.HeatMapPainter.Band;
import io.debtmeter.ui.trends.HeatMapPainter.CellRef;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Items × assessments. Periods on top and item titles on the left are ordinary controls that
 * follow the body's scrolling; the cells are painted on one canvas the size of the visible area, so
 * 40 columns × 30 rows cost a few milliseconds, not a few thousand nodes.
 */
final class HeatMapGrid extends GridPane {

    private final HeatMap map;
    private final TrendTexts words;
    private final HoverTip tip;
    private final Consumer<UUID> openAssessment;
    private final HeatMapPainter painter;
    private final RowHeader rowHeader;
    private final ScrollingHeader rowClip;
    private final ScrollingHeader columnClip;
    private final javafx.scene.layout.HBox periods;
    private final Pane cells = new Pane();
    private final Canvas canvas = new Canvas();
    private final ScrollPane body = new ScrollPane(cells);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final CellMover mover = new CellMover();
    private List<Band> bands = List.of();
    private CellRef hovered;
    private CellRef selected;

    HeatMapGrid(HeatMap map, TrendTexts words, HoverTip tip, Consumer<UUID> openAssessment,
                HeatMapPalette palette, HeatMapPainter painter) {
        this.map = map;
        this.words = words;
        this.tip = tip;
        this.openAssessment = openAssessment;
        this.painter = painter;
        this.rowHeader = HeatMapHeaders.rowTitles(map, words);
        this.rowClip = new ScrollingHeader(rowHeader, false);
        this.periods = HeatMapHeaders.periods(map, words, tip, openAssessment);
        this.columnClip = new ScrollingHeader(periods, true);
        createView(palette);
        initListeners(palette);
    }

    private void createView(HeatMapPalette palette) {
        setId("trends-heat-map");
        getStyleClass().add(TrendsCss.HEAT_MAP);
        cells.getChildren().add(canvas);
        cells.getStyleClass().add(TrendsCss.HEAT_BODY);
        cells.setFocusTraversable(true);
        cells.setId("trends-heat-cells");
        // A screen reader hears the cell the keyboard is on, as the line under the map shows it.
        String howTo = words.texts().get("trends.heat.accessible");
        cells.accessibleTextProperty().bind(detail.map(text -> text.isEmpty() ? howTo : text));
        cells.setPrefWidth(map.columns().size() * painter.column());
        body.setId("trends-heat-scroll");
        body.setFocusTraversable(false);
        body.setHvalue(1.0);    // the newest assessments first in view
        body.getStyleClass().add(TrendsCss.HEAT_BODY);

        Region corner = new Region();
        add(corner, 0, 0);
        add(columnClip, 1, 0);
        add(rowClip, 0, 1);
        add(body, 1, 1);
        ColumnConstraints titles = new ColumnConstraints();
        titles.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints columns = new ColumnConstraints();
        columns.setHgrow(Priority.ALWAYS);
        columns.setMinWidth(painter.column());
        RowConstraints periods = new RowConstraints();
        periods.setMinHeight(Region.USE_PREF_SIZE);
        RowConstraints rows = new RowConstraints();
        rows.setVgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(titles, columns);
        getRowConstraints().setAll(periods, rows);
        getChildren().add(palette.probes());
    }

    private void initListeners(HeatMapPalette palette) {
        // The viewport's bounds change on resizing only; scrolling moves hvalue and vvalue.
        body.viewportBoundsProperty().addListener((obs, old, now) -> followScrolling());
        body.hvalueProperty().addListener((obs, old, now) -> followScrolling());
        body.vvalueProperty().addListener((obs, old, now) -> followScrolling());
        palette.onChange(this::repaint);
        cells.addEventHandler(MouseEvent.MOUSE_MOVED, this::pointAt);
        cells.addEventHandler(MouseEvent.MOUSE_EXITED, event -> leave());
        cells.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            cells.requestFocus();
            select(cellAt(event.getX(), event.getY()));
            // Otherwise the scroll pane takes the focus for itself, and the arrow keys scroll it.
            event.consume();
        });
        cells.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        cells.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && selected == null) {
                select(mover.first(bands, map.columns().size()));
            }
            showDetail();
            repaint();
        });
    }

    /**
     * Columns as wide as the widest period header needs to stay on one line (never narrower than
     * {@link HeatMapPainter#MIN_COLUMN}): "2026-Q1" never wraps to "2026-Q / 1", whatever the font.
     */
    private void fitColumnsToPeriods() {
        double widest = HeatMapPainter.MIN_COLUMN;
        for (javafx.scene.Node header : periods.getChildren()) {
            widest = Math.max(widest, Math.ceil(header.prefWidth(-1)));
        }
        if (widest != painter.column()) {
            painter.setColumn(widest);
            for (javafx.scene.Node header : periods.getChildren()) {
                Region period = (Region) header;
                period.setMinWidth(widest);
                period.setMaxWidth(widest);
            }
            cells.setPrefWidth(map.columns().size() * widest);
            getColumnConstraints().get(1).setMinWidth(widest);
            repaint();
        }
    }

    @Override
    protected void layoutChildren() {
        fitColumnsToPeriods();
        super.layoutChildren();
        bands = rowHeader.bands(rowClip.getWidth());
        double height = bands.isEmpty() ? 0 : bands.get(bands.size() - 1).y() + bands.get(bands.size() - 1).height();
        if (cells.getPrefHeight() != height) {
            cells.setPrefHeight(height);
        }
        followScrolling();
    }

    /** Keeps the headers beside the visible cells and sizes the canvas to the visible area. */
    private void followScrolling() {
        Bounds viewport = body.getViewportBounds();
        double left = offset(body.getHvalue(), body.getHmin(), body.getHmax(), cells.getWidth() - viewport.getWidth());
        double top = offset(body.getVvalue(), body.getVmin(), body.getVmax(), cells.getHeight() - viewport.getHeight());
        columnClip.setOffset(left);
        rowClip.setOffset(top);
        canvas.relocate(left, top);
        canvas.setWidth(Math.max(0, Math.min(viewport.getWidth(), cells.getPrefWidth())));
        canvas.setHeight(Math.max(0, Math.min(viewport.getHeight(), cells.getPrefHeight())));
        repaint();
    }

    /** How far the body is scrolled, in pixels: the scroll value's share of the room to scroll. */
    private static double offset(double value, double min, double max, double room) {
        return room <= 0 || max <= min ? 0 : Math.round((value - min) / (max - min) * room);
    }

    private void repaint() {
        CellRef current = hovered != null ? hovered : cells.isFocused() ? selected : null;
        painter.paint(canvas.getGraphicsContext2D(), canvas.getLayoutX(), canvas.getLayoutY(), canvas.getWidth(),
                canvas.getHeight(), bands, map.columns().size(), current);
    }

    private CellRef cellAt(double x, double y) {
        int column = (int) Math.floor(x / painter.column());
        if (column < 0 || column >= map.columns().size()) {
            return null;
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (!band.isGroup() && y >= band.y() && y < band.y() + band.height()) {
                return new CellRef(i, column);
            }
        }
        return null;
    }

    private void pointAt(MouseEvent event) {
        CellRef cell = cellAt(event.getX(), event.getY());
        if (cell == null ? hovered == null : cell.equals(hovered)) {
            return;
        }
        hovered = cell;
        if (cell == null) {
            tip.hide();
        } else {
            tip.showLater(cells, describe(cell), event.getScreenX(), event.getScreenY());
        }
        showDetail();
        repaint();
    }

    private void leave() {
        hovered = null;
        tip.hide();
        showDetail();
        repaint();
    }

    private void keyPressed(KeyEvent event) {
        if (selected == null) {
            return;
        }
        switch (event.getCode()) {
            case ENTER, SPACE -> openAssessment.accept(map.columns().get(selected.column()).assessmentId());
            default -> {
                CellRef next = mover.move(selected, event.getCode(), bands, map.columns().size());
                if (next == null) {
                    return;
                }
                select(next);
                reveal(next);
            }
        }
        event.consume();
    }

    private void select(CellRef cell) {
        if (cell != null) {
            selected = cell;
            showDetail();
            repaint();
        }
    }

    /** Scrolls just enough for the cell to be in view. */
    private void reveal(CellRef cell) {
        Bounds viewport = body.getViewportBounds();
        Band band = bands.get(cell.band());
        double x = cell.column() * painter.column();
        double roomX = cells.getWidth() - viewport.getWidth();
        double roomY = cells.getHeight() - viewport.getHeight();
        double left = Math.min(Math.max(canvas.getLayoutX(), x + painter.column() - viewport.getWidth()), x);
        double top = Math.min(Math.max(canvas.getLayoutY(), band.y() + band.height() - viewport.getHeight()), band.y());
        if (roomX > 0) {
            body.setHvalue(left / roomX);
        }
        if (roomY > 0) {
            body.setVvalue(top / roomY);
        }
    }

    private void showDetail() {
        CellRef cell = hovered != null ? hovered : cells.isFocused() ? selected : null;
        detail.set(cell == null ? "" : describe(cell));
    }

    private String describe(CellRef cell) {
        HeatMapRow row = bands.get(cell.band()).row();
        return words.cell(row, map.columns().get(cell.column()), row.cells().get(cell.column()));
    }

    /** What the cell under the pointer or the keyboard focus says; empty when there is none. */
    ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
