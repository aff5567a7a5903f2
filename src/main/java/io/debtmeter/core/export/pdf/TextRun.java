package io.debtmeter.core.export.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A piece of a line that one font draws, in drawing order.
 *
 * @param width  in thousandths of the font size, of the glyphs actually drawn (after substitutions)
 * @param shaped whether PDFBox substitutes glyphs when drawing it (conjuncts), so some glyphs have no
 *               character of their own and the text must be given to readers as /ActualText
 */
record TextRun(PDFont font, String text, float width, boolean shaped) {
}
