package io.debtmeter.core.export.pdf;

import io.debtmeter.core.export.text.ReportTexts;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Draws the running header (team and report title) and the footer ("Page n of N" and when the report
 * was generated) on every page, once all pages exist and N is known.
 */
final class PageDecorator {

    private static final TextStyle HEADER = TextStyle.SMALL_MUTED;
    private static final TextStyle FOOTER = TextStyle.SMALL_MUTED;

    private PageDecorator() {
    }

    static void decorate(ReportCanvas canvas, String headerLeft, String headerRight, ZonedDateTime generated,
                         Locale locale, ReportTexts texts) {
        String when = texts.get("pdf.footer.generated", texts.date(generated.toLocalDate()),
                generated.format(DateTimeFormatter.ofPattern("HH:mm zzz", locale)));
        int pages = canvas.pageCount();
        float left = ReportFlow.SIDE;
        float right = canvas.pageWidth() - ReportFlow.SIDE;
        float headerBaseline = canvas.pageHeight() - 36;
        float footerBaseline = 32;
        for (int i = 0; i < pages; i++) {
            canvas.reopen(i);
            canvas.text(canvas.fit(headerLeft, (right - left) * 0.62f, HEADER), left, headerBaseline, HEADER);
            canvas.textRight(canvas.fit(headerRight, (right - left) * 0.36f, HEADER), right, headerBaseline, HEADER);
            canvas.line(left, headerBaseline - 6, right, headerBaseline - 6, ReportColours.RULE, 0.5f);
            canvas.line(left, footerBaseline + 12, right, footerBaseline + 12, ReportColours.RULE, 0.5f);
            canvas.text(when, left, footerBaseline, FOOTER);
            canvas.textRight(texts.get("pdf.footer.page", String.valueOf(i + 1), String.valueOf(pages)), right, footerBaseline, FOOTER);
        }
        canvas.close();
    }
}
