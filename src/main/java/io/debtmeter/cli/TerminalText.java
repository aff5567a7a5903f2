package io.debtmeter.cli;

import java.util.Locale;

/**
 * User text made safe to print: a team name imported from a file could hold ESC sequences that clear
 * the screen, set the terminal's title or hide text, or bidi overrides that make a line read other
 * than it is. Such characters are shown as visible escapes (ESC as a backslash, "u001b")
 * instead of acting.
 *
 * <p>Escaped: C0 controls (U+0000–U+001F), DEL, C1 controls (U+0080–U+009F), the bidi embeddings and
 * overrides U+202A–U+202E and isolates U+2066–U+2069, and lone surrogates. A backslash stays as it is:
 * doubling every one would make ordinary paths and notes harder to read, and a printed escape
 * cannot act on the terminal either way.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** For a value on one line (a table cell, a name in a sentence): tab and line breaks are escaped too. */
    static String inline(String text) {
        return escaped(text, false);
    }

    /** For a message of several lines: line feeds and tabs stay, everything else as {@link #inline}. */
    static String lines(String text) {
        return escaped(text, true);
    }

    /**
     * For JSON we wrote: Jackson escapes C0 inside strings but writes C1, DEL, bidi controls and lone
     * surrogates as they are. Escaped here as backslash-u escapes, which inside a JSON string mean
     * the same characters, so the JSON is unchanged for any reader. Outside strings there are only the
     * layout's line breaks and spaces, which stay.
     */
    static String json(String text) {
        return escaped(text, true);
    }

    private static String escaped(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = keepLines && (c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length()
                    && text.charAt(i + 1) == '\n');
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (!kept && unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The columns a text takes in a terminal: two for each wide (East Asian) character, so a table
     * with Japanese headings or team names still lines up.
     */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    /** The text padded with spaces to {@code columns} terminal columns (left-aligned). */
    static String padded(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - width(text)));
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115f || c >= 0x2e80 && c <= 0x303e || c >= 0x3041 && c <= 0x33ff
                || c >= 0x3400 && c <= 0x4dbf || c >= 0x4e00 && c <= 0x9fff || c >= 0xa000 && c <= 0xa4cf
                || c >= 0xac00 && c <= 0xd7a3 || c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f
                || c >= 0xff00 && c <= 0xff60 || c >= 0xffe0 && c <= 0xffe6 || c >= 0x20000 && c <= 0x3fffd;
    }

    static boolean unsafe(char c) {
        return c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || Character.isSurrogate(c);
    }

    /**
     * JSON text passed on to {@code out} through {@link #json}, a line at a time: the JSON of a long
     * list is never held whole, and no cut falls inside a string (JSON's strings hold no raw line end)
     * or a surrogate pair. {@link #end} passes on the rest and a line end.
     */
    static final class JsonLines extends java.io.Writer {
        private static final int CHUNK = 8192;
        private final java.io.PrintWriter out;
        private final StringBuilder pending = new StringBuilder();

        JsonLines(java.io.PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] text, int offset, int length) {
            pending.append(text, offset, length);
            if (pending.length() > CHUNK) {
                int line = pending.lastIndexOf("\n");
                if (line >= 0) {
                    out.write(json(pending.substring(0, line + 1)));
                    pending.delete(0, line + 1);
                }
            }
        }

        @Override
        public void flush() {
            // Lines are passed on when complete; the rest at the end.
        }

        @Override
        public void close() {
            // The caller ends with end().
        }

        void end() {
            out.println(json(pending.toString()));
            pending.setLength(0);
            out.flush();
        }
    }
}
