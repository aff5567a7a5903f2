package io.debtmeter.core.export.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A piece of a string that one font can draw. */
record TextRun(PDFont font, String text) {
}
