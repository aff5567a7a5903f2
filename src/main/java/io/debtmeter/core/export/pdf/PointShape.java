package io.debtmeter.core.export.pdf;

/** Point markers of the trend lines: lines differ by shape and dash as well as by colour. */
enum PointShape {
    CIRCLE,
    SQUARE,
    TRIANGLE,
    DIAMOND;

    void draw(ReportCanvas canvas, float cx, float cy, float size, Rgb fill) {
        float h = size / 2;
        switch (this) {
            case CIRCLE -> canvas.circle(cx, cy, h, fill, ReportColours.TEXT);
            case SQUARE -> canvas.polygon(new float[] {cx - h, cx + h, cx + h, cx - h},
                    new float[] {cy - h, cy - h, cy + h, cy + h}, fill, ReportColours.TEXT);
            case TRIANGLE -> canvas.polygon(new float[] {cx - h, cx + h, cx}, new float[] {cy - h, cy - h, cy + h},
                    fill, ReportColours.TEXT);
            case DIAMOND -> canvas.polygon(new float[] {cx - h, cx, cx + h, cx}, new float[] {cy, cy - h, cy, cy + h},
                    fill, ReportColours.TEXT);
        }
    }
}
