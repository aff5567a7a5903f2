package io.debtmeter.core.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows over pages: cells wrap within their column, and when a row does not fit, a new
 * page starts with the header row drawn again, so every page can be read alone. A row is kept whole
 * unless it is taller than a page on its own (an action pasted from a meeting's minutes): such a row
 * fills the rest of the page and continues on the next, line by line, so no word falls off a page.
 */
final class Table {

    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;
    private static final float MARKER = 7;
    private static final TextStyle HEADER = TextStyle.SMALL_BOLD;
    /** A tall row starts at the foot of a page only if this many of its lines fit there. */
    private static final int FEWEST_LINES_AT_A_PAGE_FOOT = 3;

    private final ReportFlow flow;
    private final List<Column> columns;
    private final TextStyle body;

    Table(ReportFlow flow, List<Column> columns, TextStyle body) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        this.body = body;
    }

    void draw(List<List<Cell>> rows) {
        float[] widths = widths();
        List<List<List<String>>> headerLines = List.of(wrapHeader(widths));
        float headerHeight = height(headerLines.get(0), HEADER);
        float pageForRows = flow.pageSpace() - headerHeight;
        // The header and the first row stay together (a row taller than a page: its first lines).
        float first = rows.isEmpty() ? 0 : height(wrapRow(rows.get(0), widths), body);
        if (first > pageForRows) {
            first = FEWEST_LINES_AT_A_PAGE_FOOT * body.lineHeight() + 2 * PAD_Y;
        }
        flow.ensure(headerHeight + first);
        drawHeader(widths, headerLines.get(0), headerHeight);
        int index = 0;
        for (List<Cell> row : rows) {
            boolean striped = index++ % 2 == 1;
            List<List<String>> lines = wrapRow(row, widths);
            boolean firstPart = true;
            boolean freshPage = false;
            while (height(lines, body) > flow.remaining()) {
                int fitting = linesFitting(flow.remaining());
                if (height(lines, body) > pageForRows
                        && (fitting >= FEWEST_LINES_AT_A_PAGE_FOOT || freshPage)) {
                    fitting = Math.max(fitting, 1);   // a page always takes at least a line: no endless loop
                    drawRow(row, firstLines(lines, fitting), widths, striped, firstPart);
                    lines = linesAfter(lines, fitting);
                    firstPart = false;
                }
                flow.newPage();
                drawHeader(widths, headerLines.get(0), headerHeight);
                freshPage = true;
            }
            drawRow(row, lines, widths, striped, firstPart);
        }
        ReportCanvas canvas = flow.canvas();
        canvas.line(flow.left(), flow.y(), flow.right(), flow.y(), ReportColours.RULE, 0.5f);
    }

    private float[] widths() {
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.width() * columns.get(i).weight() / total;
        }
        return widths;
    }

    private List<List<String>> wrapHeader(float[] widths) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            lines.add(flow.wrap(columns.get(i).header(), HEADER, widths[i] - 2 * PAD_X));
        }
        return lines;
    }

    private List<List<String>> wrapRow(List<Cell> row, float[] widths) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = i < row.size() ? row.get(i) : Cell.of("");
            float room = widths[i] - 2 * PAD_X - (cell.marker().isPresent() ? MARKER + 3 : 0);
            lines.add(flow.wrap(cell.text(), style(cell), room));
        }
        return lines;
    }

    private static float height(List<List<String>> cellLines, TextStyle style) {
        int most = cellLines.stream().mapToInt(List::size).max().orElse(1);
        return most * style.lineHeight() + 2 * PAD_Y;
    }

    /** How many body lines a row part fits in {@code space} points, with its padding. */
    private int linesFitting(float space) {
        return (int) Math.floor((space - 2 * PAD_Y) / body.lineHeight());
    }

    private static List<List<String>> firstLines(List<List<String>> cellLines, int count) {
        return cellLines.stream().map(lines -> lines.subList(0, Math.min(count, lines.size()))).toList();
    }

    private static List<List<String>> linesAfter(List<List<String>> cellLines, int count) {
        return cellLines.stream().map(lines -> lines.subList(Math.min(count, lines.size()), lines.size())).toList();
    }

    private void drawHeader(float[] widths, List<List<String>> lines, float height) {
        ReportCanvas canvas = flow.canvas();
        float top = flow.y();
        canvas.fillRect(flow.left(), top - height, flow.width(), height, ReportColours.HEADER_FILL);
        float x = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            drawLines(lines.get(i), x, top, widths[i], columns.get(i).alignRight(), HEADER, 0);
            x += widths[i];
        }
        canvas.line(flow.left(), top - height, flow.right(), top - height, ReportColours.RULE, 0.6f);
        flow.advance(height);
    }

    /**
     * One row, or one page's part of a tall row. A later part names its row again: its first cell,
     * if already complete, says "… (continued)", and no marker is drawn twice.
     */
    private void drawRow(List<Cell> row, List<List<String>> partLines, float[] widths, boolean striped,
                         boolean firstPart) {
        List<List<String>> lines = firstPart ? partLines : namedAgain(row, partLines, widths);
        ReportCanvas canvas = flow.canvas();
        float height = height(lines, body);
        float top = flow.y();
        if (striped) {
            canvas.fillRect(flow.left(), top - height, flow.width(), height, ReportColours.STRIPE);
        }
        float x = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = i < row.size() ? row.get(i) : Cell.of("");
            float offset = 0;
            if (cell.marker().isPresent() && firstPart) {
                float cy = top - PAD_Y - body.lineHeight() / 2 + body.size() * 0.05f;
                cell.marker().get().draw(canvas, x + PAD_X + MARKER / 2, cy, MARKER);
            }
            if (cell.marker().isPresent()) {
                offset = MARKER + 3;   // the continued lines stay in line with the first ones
            }
            drawLines(lines.get(i), x, top, widths[i], columns.get(i).alignRight(), style(cell), offset);
            x += widths[i];
        }
        flow.advance(height);
    }

    private List<List<String>> namedAgain(List<Cell> row, List<List<String>> partLines, float[] widths) {
        if (row.isEmpty() || !partLines.get(0).isEmpty()) {
            return partLines;
        }
        List<List<String>> lines = new ArrayList<>(partLines);
        Cell first = row.get(0);
        float room = widths[0] - 2 * PAD_X - (first.marker().isPresent() ? MARKER + 3 : 0);
        lines.set(0, flow.wrap(flow.texts().get("continued", first.text()), style(first), room));
        return lines;
    }

    private void drawLines(List<String> lines, float x, float top, float width, boolean alignRight, TextStyle style,
                           float offset) {
        ReportCanvas canvas = flow.canvas();
        float baseline = top - PAD_Y - style.ascent() + (style.lineHeight() - style.size()) / 2;
        for (String line : lines) {
            if (alignRight) {
                canvas.textRight(line, x + width - PAD_X, baseline, style);
            } else {
                canvas.text(line, x + PAD_X + offset, baseline, style);
            }
            baseline -= style.lineHeight();
        }
    }

    private TextStyle style(Cell cell) {
        return cell.bold() ? new TextStyle(body.size(), true, body.colour()) : body;
    }
}
