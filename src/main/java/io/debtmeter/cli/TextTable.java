package io.debtmeter.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Left-aligned columns padded to their widest cell (in terminal columns: a Japanese character takes two), two spaces apart: readable in a terminal, easy to
 * grep. Cells are user text, so control characters in them are shown escaped ({@link TerminalText}).
 */
final class TextTable {

    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        row(header);
    }

    /** With the headings of one bundle value, separated by "|" ("NAME|ID|..."). */
    static TextTable headed(String headings) {
        return new TextTable(headings.split("\\|"));
    }

    TextTable row(String... cells) {
        rows.add(Arrays.stream(cells).map(TerminalText::inline).toList());
        return this;
    }

    String render() {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], TerminalText.width(row.get(i)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i) : TerminalText.padded(row.get(i), widths[i]) + "  ");
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
