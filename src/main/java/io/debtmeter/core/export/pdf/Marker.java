package io.debtmeter.core.export.pdf;

import io.debtmeter.core.scoring.DebtMove;

/**
 * The glyph beside a change, so improved and regressed differ in shape as well as colour and word, and
 * point the way the app's screens do ({@link DebtMove}): ▼ less debt, ▲ more debt, = unchanged, a hollow
 * circle for "no score". Written as text, so the glyph is also there for a reader that extracts it.
 */
enum Marker {
    IMPROVED(DebtMove.LESS_DEBT, ReportColours.IMPROVED),
    REGRESSED(DebtMove.MORE_DEBT, ReportColours.REGRESSED),
    UNCHANGED(DebtMove.UNCHANGED, ReportColours.MUTED),
    NOT_COMPARABLE(DebtMove.NOT_COMPARABLE, ReportColours.MUTED);

    private final DebtMove move;
    private final Rgb colour;

    Marker(DebtMove move, Rgb colour) {
        this.move = move;
        this.colour = colour;
    }

    static Marker of(DebtMove move) {
        return switch (move) {
            case LESS_DEBT -> IMPROVED;
            case MORE_DEBT -> REGRESSED;
            case UNCHANGED -> UNCHANGED;
            case NOT_COMPARABLE -> NOT_COMPARABLE;
        };
    }

    /** Draws the marker centred on (cx, cy), {@code size} points across. */
    void draw(ReportCanvas canvas, float cx, float cy, float size) {
        if (move.glyph().isEmpty()) {
            canvas.circle(cx, cy, size / 2 * 0.7f, ReportColours.WHITE, ReportColours.MUTED);
            return;
        }
        TextStyle style = new TextStyle(size * 1.15f, true, colour);
        float width = canvas.width(move.glyph(), style);
        canvas.text(move.glyph(), cx - width / 2, cy - size * 0.4f, style);
    }
}
