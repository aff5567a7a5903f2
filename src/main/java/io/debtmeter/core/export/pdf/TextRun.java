package io.debtmeter.core.export.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A piece of a line that one font draws, in drawing order.
 *
 * @param width in thousandths of the font size, of the glyphs actually drawn (after substitutions)
 */
record TextRun(PDFont font, String text, float width) {
}
