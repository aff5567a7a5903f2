package io.debtmeter.ui.trends;

import io.debtmeter.ui.trends.HeatMapPainter.Band;
import io.debtmeter.ui.trends.HeatMapPainter.CellRef;
import javafx.scene.input.KeyCode;

import java.util.List;

/** Arrow-key moves between heat-map cells, stepping over category title rows. */
final class CellMover {

    /** The newest assessment's first item: where a keyboard user starts. */
    CellRef first(List<Band> bands, int columns) {
        int band = nextItem(bands, -1, 1);
        return band < 0 || columns == 0 ? null : new CellRef(band, columns - 1);
    }

    /** @return the cell the key leads to, or null when the key is not a move or leads nowhere */
    CellRef move(CellRef from, KeyCode key, List<Band> bands, int columns) {
        return switch (key) {
            case LEFT -> from.column() > 0 ? new CellRef(from.band(), from.column() - 1) : null;
            case RIGHT -> from.column() < columns - 1 ? new CellRef(from.band(), from.column() + 1) : null;
            case UP -> toBand(from, nextItem(bands, from.band(), -1));
            case DOWN -> toBand(from, nextItem(bands, from.band(), 1));
            case HOME -> new CellRef(from.band(), 0);
            case END -> new CellRef(from.band(), columns - 1);
            default -> null;
        };
    }

    private static CellRef toBand(CellRef from, int band) {
        return band < 0 ? null : new CellRef(band, from.column());
    }

    private static int nextItem(List<Band> bands, int from, int step) {
        for (int i = from + step; i >= 0 && i < bands.size(); i += step) {
            if (!bands.get(i).isGroup()) {
                return i;
            }
        }
        return -1;
    }
}
