package io.debtmeter.core.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Drawing on the pages of one document: text (split into font runs), rectangles, lines and small
 * marker shapes, all as vectors. One content stream is open at a time; {@link #reopen} appends to
 * a finished page (the page decorator writes "Page n of N" once N is known). Coordinates are PDF
 * points with the origin at the bottom left of the page.
 */
final class ReportCanvas {

    private final PDDocument document;
    private final ReportFonts fonts;
    private final PageFormat format;
    private PDPageContentStream stream;

    ReportCanvas(PDDocument document, ReportFonts fonts, PageFormat format) {
        this.document = document;
        this.fonts = fonts;
        this.format = format;
    }

    float pageWidth() {
        return format.size().getWidth();
    }

    float pageHeight() {
        return format.size().getHeight();
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    void newPage() {
        close();
        PDPage page = new PDPage(format.size());
        document.addPage(page);
        stream = open(page, PDPageContentStream.AppendMode.OVERWRITE);
    }

    /** Continues drawing on an earlier page, on top of what is there. */
    void reopen(int pageIndex) {
        close();
        stream = open(document.getPage(pageIndex), PDPageContentStream.AppendMode.APPEND);
    }

    void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stream = null;
            }
        }
    }

    float width(String text, TextStyle style) {
        return fonts.width(text, style.bold(), style.size());
    }

    /** The text, shortened with "…" when it is wider than {@code maxWidth}, for one-line labels. */
    String fit(String text, float maxWidth, TextStyle style) {
        if (width(text, style) <= maxWidth) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && width(shorter + "…", style) > maxWidth) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter.stripTrailing() + "…";
    }

    /** Draws one line of text with its baseline at {@code y}. */
    void text(String text, float x, float y, TextStyle style) {
        try {
            stream.setNonStrokingColor(style.colour().red(), style.colour().green(), style.colour().blue());
            float runX = x;
            for (TextRun run : fonts.runs(text, style.bold())) {
                if (run.shaped()) {
                    // Conjunct glyphs have no character in the font's map: without this, copy-and-paste
                    // and search would see only the simple letters of the words. Inline, not as a named
                    // resource: poppler reads /ActualText only from an inline property dictionary.
                    stream.appendRawCommands("/Span <</ActualText " + utf16Hex(run.text()) + ">> BDC\n");
                }
                stream.beginText();
                stream.setFont(run.font(), style.size());
                stream.newLineAtOffset(runX, y);
                stream.showText(run.text());
                stream.endText();
                if (run.shaped()) {
                    stream.endMarkedContent();
                }
                runX += ReportFonts.widthOf(run, style.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF text string in UTF-16BE with its byte order mark, as hex: {@code <FEFF...>}. */
    static String utf16Hex(String text) {
        StringBuilder hex = new StringBuilder("<FEFF");
        for (char c : text.toCharArray()) {
            hex.append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
        }
        return hex.append('>').toString();
    }

    /** Text ending at {@code rightX}. */
    void textRight(String text, float rightX, float y, TextStyle style) {
        text(text, rightX - width(text, style), y, style);
    }

    void fillRect(float x, float y, float width, float height, Rgb fill) {
        try {
            setFill(fill);
            stream.addRect(x, y, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void strokeRect(float x, float y, float width, float height, Rgb colour, float lineWidth) {
        try {
            setStroke(colour, lineWidth, null);
            stream.addRect(x, y, width, height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Rgb colour, float lineWidth) {
        polyline(new float[] {x1, x2}, new float[] {y1, y2}, colour, lineWidth, null);
    }

    /** A line through the given points; {@code dash} as PDF's dash array, or null for solid. */
    void polyline(float[] xs, float[] ys, Rgb colour, float lineWidth, float[] dash) {
        try {
            setStroke(colour, lineWidth, dash);
            stream.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                stream.lineTo(xs[i], ys[i]);
            }
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled polygon with a dark outline, for markers that must read without colour. */
    void polygon(float[] xs, float[] ys, Rgb fill, Rgb outline) {
        try {
            setFill(fill);
            setStroke(outline, 0.6f, null);
            stream.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                stream.lineTo(xs[i], ys[i]);
            }
            stream.closePath();
            stream.fillAndStroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled circle (four Bézier arcs) with an outline. */
    void circle(float cx, float cy, float r, Rgb fill, Rgb outline) {
        float k = 0.5523f * r;
        try {
            setFill(fill);
            setStroke(outline, 0.6f, null);
            stream.moveTo(cx + r, cy);
            stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            stream.closePath();
            stream.fillAndStroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void setFill(Rgb fill) throws IOException {
        stream.setNonStrokingColor(fill.red(), fill.green(), fill.blue());
    }

    private void setStroke(Rgb colour, float lineWidth, float[] dash) throws IOException {
        stream.setStrokingColor(colour.red(), colour.green(), colour.blue());
        stream.setLineWidth(lineWidth);
        stream.setLineDashPattern(dash == null ? new float[0] : dash, 0);
    }

    private PDPageContentStream open(PDPage page, PDPageContentStream.AppendMode mode) {
        try {
            return new PDPageContentStream(document, page, mode, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
