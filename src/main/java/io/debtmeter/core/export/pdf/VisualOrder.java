package io.debtmeter.core.export.pdf;

import java.text.Bidi;

/**
 * Puts one line of text in the order it is drawn, left to right, for lines with right-to-left
 * text (Arabic, Hebrew): the Unicode bidirectional algorithm of {@link java.text.Bidi}, with the
 * paragraph's direction taken from its first strong character. Right-to-left runs are reversed
 * character by character, marks included: a zero-width Arabic or Hebrew mark is designed to sit over
 * the glyph drawn after it in left-to-right drawing order, which is then its own letter (looked at in
 * a rendered page). Brackets are mirrored.
 */
final class VisualOrder {

    private VisualOrder() {
    }

    static boolean needed(String text) {
        char[] chars = text.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length);
    }

    static String reorder(String logical) {
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = (levels[i] & 1) == 1 ? reverse(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String reverse(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (int i = run.length(); i > 0; ) {
            int cp = run.codePointBefore(i);
            i -= Character.charCount(cp);
            out.appendCodePoint(mirror(cp));
        }
        return out.toString();
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> cp;
        };
    }
}
