package io.debtmeter.core.export.pdf;

import io.debtmeter.core.export.text.ReportTexts;

import java.util.List;

/**
 * Lays content out from top to bottom between the page margins, starting a new page when the next
 * piece does not fit. {@link #y()} is the top of the free space, in PDF points from the page bottom.
 */
final class ReportFlow {

    /** Side margins: about 18 mm, a comfortable measure for 9.5 pt text on A4 and Letter alike. */
    static final float SIDE = 50;
    /** Room above the content for the running header line. */
    static final float TOP = 62;
    /** Room below the content for the footer. */
    static final float BOTTOM = 58;

    private final ReportCanvas canvas;
    private final ReportTexts texts;
    private float y;

    ReportFlow(ReportCanvas canvas) {
        this(canvas, ReportTexts.ENGLISH);
    }

    ReportFlow(ReportCanvas canvas, ReportTexts texts) {
        this.canvas = canvas;
        this.texts = texts;
        newPage();
    }

    ReportCanvas canvas() {
        return canvas;
    }

    /** The words of the report, in its language. */
    ReportTexts texts() {
        return texts;
    }

    float left() {
        return SIDE;
    }

    float right() {
        return canvas.pageWidth() - SIDE;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    float top() {
        return canvas.pageHeight() - TOP;
    }

    /** Height of the content area of a page. */
    float pageSpace() {
        return top() - BOTTOM;
    }

    float remaining() {
        return y - BOTTOM;
    }

    void newPage() {
        canvas.newPage();
        y = top();
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (height > remaining() && y < top()) {
            newPage();
        }
    }

    /** Moves down; never past the bottom margin (a new page then starts on the next content). */
    void advance(float height) {
        y -= height;
    }

    void gap(float height) {
        if (y < top()) {
            y = Math.max(y - height, BOTTOM);
        }
    }

    /** Wrapped text over the full width. */
    void paragraph(String text, TextStyle style) {
        paragraph(text, style, 0);
    }

    /** Wrapped text indented by {@code indent}; each line may go to the next page on its own. */
    void paragraph(String text, TextStyle style, float indent) {
        for (String line : wrap(text, style, width() - indent)) {
            ensure(style.lineHeight());
            canvas.text(line, left() + indent, y - style.ascent(), style);
            y -= style.lineHeight();
        }
    }

    List<String> wrap(String text, TextStyle style, float maxWidth) {
        return LineWrapper.wrap(text, maxWidth, s -> canvas.width(s, style));
    }

    /**
     * A heading kept with what follows it: it moves to the next page unless {@code keepWith} points of
     * content fit below it.
     */
    void heading(String text, TextStyle style, float keepWith) {
        List<String> lines = wrap(text, style, width());
        ensure(lines.size() * style.lineHeight() + keepWith);
        paragraph(text, style);
    }

    /** A thin line across the content width. */
    void rule() {
        ensure(6);
        canvas.line(left(), y - 3, right(), y - 3, ReportColours.RULE, 0.5f);
        y -= 6;
    }
}
