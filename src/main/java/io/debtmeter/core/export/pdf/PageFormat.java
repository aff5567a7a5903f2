package io.debtmeter.core.export.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a report is laid out for: A4 in most of the world, US Letter in North America. */
public enum PageFormat {
    /** 210 × 297 mm = 595 × 842 pt. */
    A4(PDRectangle.A4),
    /** 8.5 × 11 in = 612 × 792 pt. */
    LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    PageFormat(PDRectangle size) {
        this.size = size;
    }

    /** A fresh rectangle each time: PDRectangle is mutable and pages must not share one. */
    public PDRectangle size() {
        return new PDRectangle(size.getWidth(), size.getHeight());
    }
}
