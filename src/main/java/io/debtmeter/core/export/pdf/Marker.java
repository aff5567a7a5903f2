package io.debtmeter.core.export.pdf;

/**
 * A small shape beside a change, so improved and regressed differ in shape as well as colour and word:
 * a triangle pointing up, one pointing down, a flat bar for unchanged, a hollow circle for "no score".
 */
enum Marker {
    IMPROVED,
    REGRESSED,
    UNCHANGED,
    NOT_COMPARABLE;

    /** Draws the marker centred on (cx, cy), {@code size} points across. */
    void draw(ReportCanvas canvas, float cx, float cy, float size) {
        float h = size / 2;
        switch (this) {
            case IMPROVED -> canvas.polygon(new float[] {cx - h, cx + h, cx}, new float[] {cy - h, cy - h, cy + h},
                    ReportColours.IMPROVED, ReportColours.TEXT);
            case REGRESSED -> canvas.polygon(new float[] {cx - h, cx + h, cx}, new float[] {cy + h, cy + h, cy - h},
                    ReportColours.REGRESSED, ReportColours.TEXT);
            case UNCHANGED -> canvas.polygon(new float[] {cx - h, cx + h, cx + h, cx - h},
                    new float[] {cy - h / 3, cy - h / 3, cy + h / 3, cy + h / 3}, ReportColours.RULE, ReportColours.TEXT);
            case NOT_COMPARABLE -> canvas.circle(cx, cy, h * 0.7f, ReportColours.WHITE, ReportColours.MUTED);
        }
    }
}
