package io.debtmeter.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader written for the tests, independent of {@link CsvTable}: records end in
 * CRLF, a quoted field may hold commas, quotes (doubled) and line breaks; anything else is an error.
 */
public final class Rfc4180Reader {

    private Rfc4180Reader() {
    }

    /** @param text the whole document, BOM already removed */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char c = text.charAt(i);
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " at " + i);
                    }
                    field.append(c);
                    i++;
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (i < text.length()) {
                throw new IllegalArgumentException("expected , or CRLF at " + i);
            } else {
                throw new IllegalArgumentException("the last record does not end in CRLF");
            }
        }
        return records;
    }
}
