package io.debtmeter.core.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The JSON-array and JSON-object columns (participants, evidence, votes, and id lists for
 * {@code json_each}), read and written with Jackson's streaming parser and generator.
 *
 * <p>Not with an ObjectMapper: building one loads some 350 classes of jackson-databind, and the
 * Teams screen reads these columns while the window starts, so every start paid for them (about a
 * quarter of a second of the head-start thread, beside the FX thread on a two-core machine).
 * The shapes here are two: a list of strings, and a map of names to counts.</p>
 */
final class JsonColumns {

    private static final JsonFactory FACTORY = new JsonFactory();

    // Most answers have no evidence and no votes: those columns are written and read without
    // Jackson, which matters when 600,000 answers are imported or a portfolio reads thousands.

    String strings(List<String> values) {
        return values.isEmpty() ? "[]" : writeStrings(values);
    }

    String counts(Map<String, Integer> counts) {
        return counts.isEmpty() ? "{}" : writeCounts(new TreeMap<>(counts));
    }

    /**
     * Ids as one JSON array, for {@code IN (SELECT value FROM json_each(?))}: one parameter for
     * any number of ids, so one prepared statement serves every size (no limit on variables).
     */
    String ids(Collection<UUID> ids) {
        return writeStrings(ids.stream().map(UUID::toString).toList());
    }

    List<String> strings(String json) throws SQLException {
        return "[]".equals(json) ? List.of() : readStrings(json);
    }

    Map<String, Integer> counts(String json) throws SQLException {
        if ("{}".equals(json)) {
            return Map.of();
        }
        Map<String, Integer> plain = plainCounts(json);
        return plain != null ? plain : readCounts(json);
    }

    /**
     * Votes as {@link #counts(Map)} writes them for plain names ({"0.5":2,"1":3}: no escapes, no
     * spaces, small whole numbers), read without Jackson: an export reads 600,000 of these columns.
     * Null for anything else, which Jackson then reads (or refuses) as before.
     */
    static Map<String, Integer> plainCounts(String json) {
        int length = json.length();
        if (length < 2 || json.charAt(0) != '{' || json.charAt(length - 1) != '}' || json.indexOf('\\') >= 0) {
            return null;
        }
        TreeMap<String, Integer> counts = new TreeMap<>();
        int at = 1;
        while (true) {
            if (json.charAt(at) != '"') {
                return null;
            }
            int nameEnd = json.indexOf('"', at + 1);
            if (nameEnd < 0 || nameEnd + 1 >= length || json.charAt(nameEnd + 1) != ':') {
                return null;
            }
            int digits = nameEnd + 2;
            int end = digits;
            while (end < length && json.charAt(end) >= '0' && json.charAt(end) <= '9') {
                end++;
            }
            // No digits, a leading zero (not JSON), or more than fit an int for sure: Jackson decides.
            if (end == digits || end - digits > 9 || (json.charAt(digits) == '0' && end - digits > 1)) {
                return null;
            }
            String name = json.substring(at + 1, nameEnd);
            if (name.chars().anyMatch(c -> c < ' ')) {
                return null;
            }
            counts.put(name, Integer.parseInt(json, digits, end, 10));
            if (end == length - 1) {
                return counts;
            }
            if (json.charAt(end) != ',') {
                return null;
            }
            at = end + 1;
        }
    }

    private static String writeStrings(List<String> values) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.writeStartArray();
            for (String value : values) {
                generator.writeString(value);
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static String writeCounts(TreeMap<String, Integer> counts) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                generator.writeNumberField(count.getKey(), count.getValue());
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** A column that is not the JSON we wrote means a damaged file: reported like any other read error. */
    private static List<String> readStrings(String json) throws SQLException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_ARRAY, "a list of strings");
            List<String> values = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                expect(token, JsonToken.VALUE_STRING, "a string");
                values.add(parser.getText());
            }
            expectEnd(parser);
            return List.copyOf(values);
        } catch (JsonProcessingException e) {
            throw damaged(json, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw damaged(json, e.getMessage(), e);
        }
    }

    private static Map<String, Integer> readCounts(String json) throws SQLException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, "an object of counts");
            TreeMap<String, Integer> counts = new TreeMap<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String name = parser.currentName();
                expect(parser.nextToken(), JsonToken.VALUE_NUMBER_INT, "a whole number for \"" + name + "\"");
                counts.put(name, parser.getIntValue());
            }
            expectEnd(parser);
            return counts;
        } catch (JsonProcessingException e) {
            throw damaged(json, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw damaged(json, e.getMessage(), e);
        }
    }

    private static void expect(JsonToken found, JsonToken wanted, String what) throws NotTheShape {
        if (found != wanted) {
            throw new NotTheShape("expected " + what + ", found " + describe(found));
        }
    }

    private static void expectEnd(JsonParser parser) throws IOException {
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw new NotTheShape("found " + describe(after) + " after the end of the value");
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the text";
        }
        return switch (token) {
            case START_ARRAY, END_ARRAY, START_OBJECT, END_OBJECT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
                    "'" + token.asString() + "'";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case FIELD_NAME -> "a name";
            default -> token.name();
        };
    }

    private static SQLException damaged(String json, String reason, Exception cause) {
        return new SQLException("a JSON column holds " + json + ", which cannot be read: " + reason, cause);
    }

    /** Well-formed JSON of another shape than the column's. */
    private static final class NotTheShape extends IOException {
        NotTheShape(String message) {
            super(message);
        }
    }
}
