package io.debtmeter.core.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts user text (team names, notes, actions) into Markdown so that it reads as typed: it can neither
 * break a table nor turn into a link, emphasis, HTML or a heading. Every CommonMark ASCII punctuation
 * character that means something is escaped with a backslash ({@code \|} also works inside GFM table
 * cells); line breaks inside a table cell become spaces, since a cell cannot span lines.
 */
public final class MarkdownText {

    /** Characters with a meaning in CommonMark, GFM (tables, strikethrough) or GitHub ($ math). */
    private static final String SPECIAL = "\\`*_[]<>|#~!&$";
    /** At the start of a line these begin a list, a quote or a thematic break. */
    private static final Pattern LIST_START = Pattern.compile("^(\\s*)([-+=]|\\d{1,9}(?=[.)](\\s|$)))");

    private MarkdownText() {
    }

    /** Text for a paragraph or a heading: one line; escaped. */
    public static String inline(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s*\\R\\s*", " ");
        StringBuilder escaped = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        // "1. done" or "- done" as the first thing in a cell or line would start a list.
        return LIST_START.matcher(escaped).replaceFirst(
                m -> Matcher.quoteReplacement(m.group(1) + escapeLeading(m.group(2))));
    }

    /** A table cell: like {@link #inline}; an empty value stays empty. */
    public static String cell(String text) {
        return inline(text);
    }

    /** One table row of already formatted cells. */
    public static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** A header row and its delimiter row; {@code alignRight} marks numeric columns. */
    public static String header(List<String> titles, List<Boolean> alignRight) {
        StringBuilder text = new StringBuilder(row(titles)).append('|');
        for (int i = 0; i < titles.size(); i++) {
            text.append(Boolean.TRUE.equals(alignRight.get(i)) ? "---:|" : "---|");
        }
        return text.append('\n').toString();
    }

    private static String escapeLeading(String marker) {
        // "1." → "1\." ; "-" → "\-": escaping the punctuation keeps the text and loses the meaning.
        return Character.isDigit(marker.charAt(0)) ? marker + "\\" : "\\" + marker;
    }
}
