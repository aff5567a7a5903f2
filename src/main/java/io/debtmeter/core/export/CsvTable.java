package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A CSV document per RFC 4180: CRLF after every record (the last one too), fields quoted when they
 * hold a quote, comma, CR or LF, quotes doubled inside quotes.
 *
 * <p><b>Encoding</b>: UTF-8 <em>with</em> a byte order mark. Excel on Windows opens a BOM-less CSV in
 * the machine's ANSI code page, which garbles accented and Japanese notes; with the BOM it reads
 * UTF-8. Python ({@code utf-8-sig}), pandas, R and LibreOffice skip the BOM; a script that does not
 * sees it as part of the first header name ("team").
 *
 * <p><b>Formula injection</b>: a spreadsheet runs a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return as a formula ({@code =HYPERLINK(...)} can leak data).
 * Every <em>text</em> cell, i.e. anything a person typed or a rubric author wrote, that begins with one
 * of them gets a leading apostrophe, which spreadsheets show as text. So a note "-1+2" reads "'-1+2".
 * <em>Number</em> cells ({@link #number}) are written by us from a double, in plain decimal notation
 * ({@code -0.5}, never {@code 5E-1}), and are left as they are so that sums and charts keep working: a
 * value we format cannot carry a formula.
 *
 * <p><b>NUL</b>: a text holding U+0000 (JSON allows it, escaped) is written with the six visible
 * characters backslash, "u0000" in its place. Many CSV readers stop at a NUL byte or drop the rest of the
 * line, and the text is not lost: it reads as written in the file it came from. Other characters are
 * written as they are.
 */
public final class CsvTable {

    static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private final Writer writer;
    private final List<String> row = new ArrayList<>();
    private final int columns;

    /** Writes the BOM and the header row. */
    public CsvTable(OutputStream out, List<String> header) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.columns = header.size();
        writer.write(BOM);
        header.forEach(this::text);
        endRow();
    }

    /** A cell of text; blank for null. Neutralised when it could start a formula. */
    public CsvTable text(String value) {
        row.add(quoted(neutralised(value == null ? "" : withoutNul(value))));
        return this;
    }

    /** A number written by us, up to four decimals, plain notation; an empty cell when absent. */
    public CsvTable number(OptionalDouble value) {
        row.add(value.isPresent() ? plain(value.getAsDouble()) : "");
        return this;
    }

    public CsvTable number(double value) {
        return number(OptionalDouble.of(value));
    }

    public void endRow() throws IOException {
        if (row.size() != columns) {
            throw new IllegalStateException("row has " + row.size() + " cells, the header " + columns);
        }
        writer.write(String.join(",", row));
        writer.write(CRLF);
        row.clear();
    }

    /** Flushes the text to the stream; the caller owns (and closes) the stream. */
    public void finish() throws IOException {
        writer.flush();
    }

    /**
     * A header row from the reports bundle: {@code key}'s value, its column names separated by commas.
     *
     * @throws IllegalStateException when the translation has a different number of columns
     */
    static List<String> headerOf(ReportTexts texts, String key, int columns) {
        List<String> names = java.util.Arrays.stream(texts.get(key).split(",", -1)).map(String::strip).toList();
        if (names.size() != columns) {
            throw new IllegalStateException(key + " in " + texts.locale() + " has " + names.size() + " columns, not " + columns);
        }
        return names;
    }

    static String withoutNul(String value) {
        return value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "\\u0000");
    }

    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }

    static String quoted(String value) {
        boolean needsQuotes = value.indexOf('"') >= 0 || value.indexOf(',') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    static String plain(double value) {
        String text = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
