package io.debtmeter.core.export.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a given width. Breaks at spaces; a word wider than a whole
 * line (a URL, or Japanese, which has no spaces) is broken between characters. Line breaks in the
 * text are kept; blank lines stay blank. Pure, so it is tested without a PDF.
 */
final class LineWrapper {

    private LineWrapper() {
    }

    static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        for (String paragraph : normalised.split("\n", -1)) {
            wrapParagraph(paragraph.stripTrailing(), maxWidth, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, double maxWidth, ToDoubleFunction<String> measure,
                                      List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        // PDFBox adds up glyph widths without kerning, so a line's width is the sum of its words' and
        // spaces' widths: each word is measured once instead of re-measuring the growing line.
        double space = measure.applyAsDouble(" ");
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            double wordWidth = measure.applyAsDouble(word);
            double candidate = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
            if (candidate <= maxWidth) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = candidate;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = wordWidth <= maxWidth ? word : breakLongWord(word, maxWidth, measure, lines);
            line.append(rest);
            lineWidth = rest.equals(word) ? wordWidth : measure.applyAsDouble(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }

    /** Adds full lines of the word's characters and returns what is left for the current line. */
    private static String breakLongWord(String word, double maxWidth, ToDoubleFunction<String> measure,
                                        List<String> lines) {
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            if (piece.length() > 0 && measure.applyAsDouble(piece + next) > maxWidth) {
                lines.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(next);
            i += Character.charCount(codePoint);
        }
        return piece.toString();
    }
}
