package io.debtmeter.core.export.pdf;

/** Size, weight and colour of a piece of report text. */
record TextStyle(float size, boolean bold, Rgb colour) {

    static final TextStyle TITLE = new TextStyle(20, true, ReportColours.TEXT);
    static final TextStyle SECTION = new TextStyle(14, true, ReportColours.TEXT);
    static final TextStyle SUBSECTION = new TextStyle(11.5f, true, ReportColours.TEXT);
    static final TextStyle BODY = new TextStyle(9.5f, false, ReportColours.TEXT);
    static final TextStyle BODY_BOLD = new TextStyle(9.5f, true, ReportColours.TEXT);
    static final TextStyle MUTED = new TextStyle(9.5f, false, ReportColours.MUTED);
    static final TextStyle SMALL = new TextStyle(8, false, ReportColours.TEXT);
    static final TextStyle SMALL_BOLD = new TextStyle(8, true, ReportColours.TEXT);
    static final TextStyle SMALL_MUTED = new TextStyle(8, false, ReportColours.MUTED);

    /** Baseline-to-baseline distance: 1.35 × size reads comfortably for notes of several lines. */
    float lineHeight() {
        return size * 1.35f;
    }

    /** From the top of a line box to its baseline (Noto Sans' ascent is about 1.07 em; this centres the x-height). */
    float ascent() {
        return size * 1.02f;
    }

    TextStyle withColour(Rgb newColour) {
        return new TextStyle(size, bold, newColour);
    }

    TextStyle withSize(float newSize) {
        return new TextStyle(newSize, bold, colour);
    }
}
