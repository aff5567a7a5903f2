package io.debtmeter.core.export.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts one line of text in the order it is drawn, left to right, for lines with right-to-left
 * text (Arabic, Hebrew): the Unicode bidirectional algorithm of {@link java.text.Bidi}, with the
 * paragraph's direction taken from its first strong character. Right-to-left runs are reversed
 * cluster by cluster (a letter keeps its marks after it) and brackets are mirrored.
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
        List<String> clusters = new ArrayList<>();
        StringBuilder cluster = new StringBuilder();
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            if (cluster.length() > 0 && !isMark(cp)) {
                clusters.add(cluster.toString());
                cluster.setLength(0);
            }
            cluster.appendCodePoint(mirror(cp));
        }
        if (cluster.length() > 0) {
            clusters.add(cluster.toString());
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int i = clusters.size() - 1; i >= 0; i--) {
            out.append(clusters.get(i));
        }
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
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
