package io.debtmeter.ui.trends;

/**
 * How a line is told apart from the others: by colour (Okabe-Ito, safe for colour blindness), and also
 * by dash pattern and marker shape, so nothing rests on colour alone. Slot 0 is the overall index;
 * categories take slots 1..8 in rubric order and wrap round after eight (trends.css defines each slot).
 */
final class LineStyle {

    static final int SLOTS = 8;

    private LineStyle() {
    }

    static String overall() {
        return TrendsCss.SLOT + 0;
    }

    static String category(int index) {
        return TrendsCss.SLOT + (1 + index % SLOTS);
    }
}
