package io.debtmeter.core.export.pdf;

import io.debtmeter.core.export.text.ReportTexts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

/**
 * One report being written: the PDF document, its fonts, and the flow the report lays its content
 * into. {@link #finish} adds the running header and footer, the document properties, and writes it.
 */
final class ReportDocument implements AutoCloseable {

    private final PDDocument document = new PDDocument();
    private final PdfOptions options;
    private final ReportFonts fonts;
    private final ReportCanvas canvas;
    private final ReportFlow flow;
    private final ReportNumbers numbers;
    private final ReportTexts texts;

    ReportDocument(FontFiles files, PdfOptions options) {
        this.options = options;
        this.fonts = new ReportFonts(document, files);
        this.canvas = new ReportCanvas(document, fonts, options.format());
        this.texts = ReportTexts.of(options.language());
        this.flow = new ReportFlow(canvas, texts);
        this.numbers = new ReportNumbers(options.locale(), texts.locale());
    }

    ReportFlow flow() {
        return flow;
    }

    ReportNumbers numbers() {
        return numbers;
    }

    ReportTexts texts() {
        return texts;
    }

    /**
     * @param title       the document title (shown by PDF viewers) and the right half of the running header
     * @param headerLeft  the left half of the running header, e.g. the team
     * @return the characters no font could draw
     */
    PdfResult finish(String title, String headerLeft, OutputStream out) throws IOException {
        canvas.close();
        ZonedDateTime generated = ZonedDateTime.now(options.clock());
        PageDecorator.decorate(canvas, headerLeft, title, generated, options.locale(), texts);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(headerLeft.isBlank() ? title : headerLeft + " — " + title);
        info.setCreator("Debtmeter");
        info.setCreationDate(GregorianCalendar.from(generated));
        document.save(out);
        return new PdfResult(fonts.replaced());
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
