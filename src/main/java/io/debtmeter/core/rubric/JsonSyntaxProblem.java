package io.debtmeter.core.rubric;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error told in our words, with the JSON pointer, line and column where the parser
 * stopped. Jackson's messages name its own classes and settings ("enable
 * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`"), which mean nothing to the person who wrote the
 * file; and "(is the file cut short?)" is said only when the text really ends too early.
 *
 * @param pointer JSON pointer of the value being read ("" when at the top)
 * @param line    1-based, 0 when unknown
 * @param column  1-based, 0 when unknown
 */
public record JsonSyntaxProblem(String pointer, int line, int column, String message) {

    /** The same reading rules as the readers', to find where a limit was hit when Jackson does not say. */
    private static final JsonFactory RESCAN = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** A pointer 1,000 levels deep is no help to anyone; its start and the depth are. */
    private static final int MAX_POINTER_LENGTH = 80;

    private static final Pattern LIMIT = Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.*)' \\(code (\\d+)\\)\\)");

    /** The error as found while parsing {@code content}. */
    public static JsonSyntaxProblem of(byte[] content, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String pointer = pointerOf(e.getProcessor());
        if (at == null || at.getLineNr() < 1) {
            // A limit (nesting, number length) is reported without a place: read again to find it.
            Place place = rescan(content);
            at = place.location();
            pointer = place.pointer() == null ? pointer : place.pointer();
        }
        return new JsonSyntaxProblem(shortened(pointer == null ? "" : pointer),
                at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
                "not valid JSON: " + message(e));
    }

    /**
     * The error as found while reading a stream that cannot be read again here: where Jackson gives
     * no place (a limit), the place the parser had reached.
     */
    public static JsonSyntaxProblem of(JsonParser parser, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String pointer = pointerOf(e.getProcessor());
        if (at == null || at.getLineNr() < 1) {
            at = parser.currentLocation();
            pointer = pointerOf(parser);
        }
        return new JsonSyntaxProblem(shortened(pointer == null ? "" : pointer),
                at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
                "not valid JSON: " + message(e));
    }

    /** The message alone, in plain words. */
    static String message(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(original);
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return original.contains("VALUE_STRING")
                    ? "the file ends inside a text in quotes (is the file cut short?)"
                    : "the file ends before the JSON is complete (is the file cut short?)";
        }
        if (original.startsWith("Duplicate field ")) {
            return "the key \"" + quoted(original) + "\" appears twice in the same object";
        }
        if (original.startsWith("Non-standard token ")) {
            return quoted(original) + " is not a number JSON allows; write a number, or null";
        }
        if (original.startsWith("Unrecognized token ")) {
            return "unknown word '" + quoted(original) + "'; a value is a number, a text in double quotes,"
                    + " an object, an array, true, false or null";
        }
        if (original.startsWith("Unrecognized character escape ")) {
            return "\\" + quoted(original) + " is not an escape JSON knows; write \\\\ for a backslash";
        }
        if (original.startsWith("Illegal unquoted character ")) {
            Matcher code = Pattern.compile("code (\\d+)").matcher(original);
            String which = code.find() ? String.format(Locale.ROOT, "\\u%04x", Integer.parseInt(code.group(1))) : "";
            return "a control character " + which + " inside a text in quotes; write it as an escape, such as \\n or "
                    + (which.isEmpty() ? "\\u0001" : which);
        }
        if (original.startsWith("Invalid UTF-8") || original.startsWith("Invalid UTF-32")) {
            return "the bytes here are not UTF-8 text (" + original.replaceFirst("^Invalid UTF-\\d+ ", "")
                    + "); save the file as UTF-8";
        }
        if (original.startsWith("Invalid numeric value")) {
            return original.contains("Leading zeroes")
                    ? "a number may not start with 0 unless it is 0 or 0.something"
                    : "not a valid number";
        }
        if (original.startsWith("Unexpected close marker ")) {
            return "'" + quoted(original) + "' does not close the " + (original.contains("expected ']'")
                    ? "array opened with '[' (close it with ']')" : "object opened with '{' (close it with '}')");
        }
        if (original.startsWith("Trailing token") || original.startsWith("unexpected content after")) {
            return "there is more after the end of the JSON value";
        }
        Matcher character = CHARACTER.matcher(original);
        if (character.find()) {
            return "unexpected " + shown(Integer.parseInt(character.group(2))) + expectation(original);
        }
        return original.isEmpty() || original.contains("`") || original.contains("Feature")
                ? "the text cannot be read as JSON here" : original;
    }

    private static String expectation(String original) {
        if (original.contains("plus sign")) {
            return "; a number may not start with '+'";
        }
        if (original.contains("colon to separate")) {
            return "; expected ':' after the key";
        }
        if (original.contains("comma to separate Object")) {
            return "; expected ',' or '}'";
        }
        if (original.contains("comma to separate Array")) {
            return "; expected ',' or ']'";
        }
        if (original.contains("double-quote to start field name")) {
            return "; expected a key in double quotes";
        }
        if (original.contains("hex-digit")) {
            return "; \\u is followed by four hex digits";
        }
        if (original.contains("numeric value")) {
            return " in a number";
        }
        if (original.contains("expected a value") || original.contains("expected a valid value")) {
            return "; expected a value";
        }
        return "";
    }

    private static String shown(int code) {
        boolean visible = code > 0x20 && code < 0x7f || code > 0xa0 && !Character.isISOControl(code);
        return visible ? "character '" + Character.toString(code) + "'"
                : String.format(Locale.ROOT, "character \\u%04x", code);
    }

    private static String limit(String original) {
        Matcher m = LIMIT.matcher(original);
        if (!m.find()) {
            return "the file goes beyond what this program reads";
        }
        String what = m.group(1).toLowerCase(Locale.ROOT);
        long found = Long.parseLong(m.group(2));
        long allowed = Long.parseLong(m.group(3));
        if (what.contains("nesting")) {
            return String.format(Locale.ROOT, "the file nests objects and arrays deeper than %,d levels", allowed);
        }
        if (what.contains("number")) {
            return String.format(Locale.ROOT, "a number of %,d characters; at most %,d are allowed", found, allowed);
        }
        if (what.contains("string")) {
            return String.format(Locale.ROOT, "a text of %,d characters; at most %,d are allowed", found, allowed);
        }
        if (what.contains("name")) {
            return String.format(Locale.ROOT, "a key of %,d characters; at most %,d are allowed", found, allowed);
        }
        return String.format(Locale.ROOT, "the file is longer than the %,d characters this program reads", allowed);
    }

    /** The text in the first pair of single quotes: Jackson's way of quoting a name or token. */
    private static String quoted(String original) {
        int start = original.indexOf('\'');
        int colon = original.indexOf("':", start + 1);
        int stop = colon > 0 ? colon : original.lastIndexOf('\'');
        if (start < 0 || stop <= start) {
            return "?";
        }
        return original.substring(start + 1, stop);
    }

    private static String pointerOf(Object processor) {
        if (processor instanceof JsonParser parser && parser.getParsingContext() != null) {
            return parser.getParsingContext().pathAsPointer().toString();
        }
        return null;
    }

    private static Place rescan(byte[] content) {
        try (JsonParser parser = RESCAN.createParser(content)) {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token.isScalarValue()) {
                        // Some limits (the length of a text) are checked only when the value is read.
                        parser.getText();
                    }
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0
                        ? e.getLocation() : parser.currentLocation();
                return new Place(pointerOf(parser), at);
            }
        } catch (IOException e) {
            // Not found again: the problem is told without a place.
        }
        return new Place(null, null);
    }

    private static String shortened(String pointer) {
        return pointer.length() <= MAX_POINTER_LENGTH ? pointer : pointer.substring(0, MAX_POINTER_LENGTH) + "…";
    }

    private record Place(String pointer, JsonLocation location) {
    }
}
