package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** What the parser's message says it expected, in its words, to the key of ours ({@code json.expect.*}); first match wins. */
    private static final List<Map.Entry<String, String>> EXPECTATIONS = List.of(
            Map.entry("plus sign", "plus"),
            Map.entry("colon to separate", "colon"),
            Map.entry("comma to separate Object", "commaObject"),
            Map.entry("comma to separate Array", "commaArray"),
            Map.entry("double-quote to start field name", "key"),
            Map.entry("hex-digit", "hex"),
            Map.entry("numeric value", "inNumber"),
            Map.entry("expected a value", "value"),
            Map.entry("expected a valid value", "value"));

    /** The error as found while parsing {@code content}, told in the language of {@code texts}. */
    public static JsonSyntaxProblem of(ProblemTexts texts, byte[] content, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String pointer = pointerOf(e.getProcessor());
        if (at == null || at.getLineNr() < 1) {
            // A limit (nesting, number length) is reported without a place: read again to find it.
            Place place = rescan(content);
            at = place.location();
            pointer = place.pointer() == null ? pointer : place.pointer();
        }
        return found(texts, at, pointer, e);
    }

    /**
     * The error as found while reading a stream that cannot be read again here: where Jackson gives
     * no place (a limit), the place the parser had reached. Told in the language of {@code texts}.
     */
    public static JsonSyntaxProblem of(ProblemTexts texts, JsonParser parser, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String pointer = pointerOf(e.getProcessor());
        if (at == null || at.getLineNr() < 1) {
            at = parser.currentLocation();
            pointer = pointerOf(parser);
        }
        return found(texts, at, pointer, e);
    }

    /** The problem at the place either way of reading found; 0 for a line or column not known. */
    private static JsonSyntaxProblem found(ProblemTexts texts, JsonLocation at, String pointer, JsonProcessingException e) {
        return new JsonSyntaxProblem(shortened(pointer == null ? "" : pointer),
                at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
                texts.get("json.notValid", message(texts, e)));
    }

    /** The message alone, in plain words. */
    static String message(ProblemTexts texts, JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(texts, original);
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return texts.get(original.contains("VALUE_STRING") ? "json.endsInText" : "json.endsEarly");
        }
        if (original.startsWith("Duplicate field ")) {
            return texts.get("json.duplicateKey", quoted(original));
        }
        if (original.startsWith("Non-standard token ")) {
            return texts.get("json.nonStandardNumber", quoted(original));
        }
        if (original.startsWith("Unrecognized token ")) {
            return texts.get("json.unknownWord", quoted(original));
        }
        if (original.startsWith("Unrecognized character escape ")) {
            return texts.get("json.badEscape", quoted(original));
        }
        if (original.startsWith("Illegal unquoted character ")) {
            Matcher code = Pattern.compile("code (\\d+)").matcher(original);
            String which = code.find() ? String.format(Locale.ROOT, "\\u%04x", Integer.parseInt(code.group(1))) : "";
            return texts.get("json.controlCharacter", which, which.isEmpty() ? "\\u0001" : which);
        }
        if (original.startsWith("Invalid UTF-8") || original.startsWith("Invalid UTF-32")) {
            return texts.get("json.notUtf8", original.replaceFirst("^Invalid UTF-\\d+ ", ""));
        }
        if (original.startsWith("Invalid numeric value")) {
            return texts.get(original.contains("Leading zeroes") ? "json.leadingZero" : "json.badNumber");
        }
        if (original.startsWith("Unexpected close marker ")) {
            return original.contains("expected ']'")
                    ? texts.get("json.closeArray", quoted(original), "[", "]")
                    : texts.get("json.closeObject", quoted(original), "{", "}");
        }
        if (original.startsWith("Trailing token") || original.startsWith("unexpected content after")) {
            return texts.get("json.trailing");
        }
        Matcher character = CHARACTER.matcher(original);
        if (character.find()) {
            return texts.get("json.unexpected", shown(texts, Integer.parseInt(character.group(2))),
                    expectation(texts, original));
        }
        return original.isEmpty() || original.contains("`") || original.contains("Feature")
                ? texts.get("json.unreadable") : original;
    }

    private static String expectation(ProblemTexts texts, String original) {
        return EXPECTATIONS.stream()
                .filter(expected -> original.contains(expected.getKey()))
                .findFirst()
                .map(expected -> texts.get("json.expect." + expected.getValue()))
                .orElse("");
    }

    private static String shown(ProblemTexts texts, int code) {
        boolean visible = code > 0x20 && code < 0x7f || code > 0xa0 && !Character.isISOControl(code);
        return visible ? texts.get("json.character", Character.toString(code))
                : texts.get("json.characterCode", String.format(Locale.ROOT, "\\u%04x", code));
    }

    private static String limit(ProblemTexts texts, String original) {
        Matcher m = LIMIT.matcher(original);
        if (!m.find()) {
            return texts.get("json.limit.unknown");
        }
        String what = m.group(1).toLowerCase(Locale.ROOT);
        String found = String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(2)));
        String allowed = String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(3)));
        if (what.contains("nesting")) {
            return texts.get("json.limit.nesting", allowed);
        }
        if (what.contains("number")) {
            return texts.get("json.limit.number", found, allowed);
        }
        if (what.contains("string")) {
            return texts.get("json.limit.text", found, allowed);
        }
        if (what.contains("name")) {
            return texts.get("json.limit.key", found, allowed);
        }
        return texts.get("json.limit.length", allowed);
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
