package io.debtmeter.core.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV rules, byte by byte: RFC 4180 quoting, CRLF, the BOM, formula neutralising and plain numbers. */
class CsvTableTest {

    private static String write(List<String> header, List<String> textRow) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvTable table = new CsvTable(bytes, header);
        textRow.forEach(table::text);
        table.endRow();
        table.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsWithABomAndEndsEveryRecordWithCrlf() throws IOException {
        String csv = write(List.of("a", "b"), List.of("1", "2"));

        assertThat(csv).isEqualTo("\uFEFFa,b\r\n1,2\r\n");
    }

    @Test
    void aNulIsWrittenAsAVisibleEscapeAndNeverAsAByte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvTable table = new CsvTable(bytes, List.of("note"));
        table.text("before\u0000after").endRow();
        table.finish();

        assertThat(bytes.toByteArray()).doesNotContain((byte) 0);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFnote\r\nbefore\\u0000after\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndDoublesQuotes() throws IOException {
        String csv = write(List.of("a", "b", "c", "d"), List.of("x, y", "say \"hi\"", "one\ntwo", "Chloé 日本"));

        assertThat(csv).isEqualTo("\uFEFFa,b,c,d\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\ntwo\",Chloé 日本\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+2", "@SUM(A1:A2)", "\tx", "\rx"})
    void cellsThatASpreadsheetWouldRunGetAnApostrophe(String hostile) {
        assertThat(CsvTable.neutralised(hostile)).isEqualTo("'" + hostile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", " =not first", "1+1", "'quoted already", "e=mc2"})
    void otherCellsAreLeftAlone(String harmless) {
        assertThat(CsvTable.neutralised(harmless)).isEqualTo(harmless);
    }

    @Test
    void numbersWeWriteStayNumbersEvenWhenNegative() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvTable table = new CsvTable(bytes, List.of("a", "b", "c", "d", "e"));
        // -0.5 stays a usable negative number; 1/3 is cut to four decimals; 1e-7 is not written as 1E-7; -0 is 0.
        table.number(-0.5).number(1.0 / 3).number(1e-7).number(-0.0).number(OptionalDouble.empty());
        table.endRow();
        table.finish();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r\n-0.5,0.3333,0,0,\r\n");
    }

    @Test
    void whatItWritesParsesBackToTheSameCells() throws IOException {
        List<String> hostile = List.of("a,b", "\"", "\r\n", "=1+1", "x\"y\"\nz", "");

        String csv = write(List.of("1", "2", "3", "4", "5", "6"), hostile);

        List<List<String>> records = Rfc4180Reader.parse(csv.substring(1));
        assertThat(records).hasSize(2);
        // Neutralised cells (starting with CR or =) come back with their apostrophe; the rest exactly as written.
        assertThat(records.get(1)).containsExactly("a,b", "\"", "'\r\n", "'=1+1", "x\"y\"\nz", "");
    }
}
