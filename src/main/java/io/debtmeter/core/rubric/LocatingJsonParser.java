package io.debtmeter.core.rubric;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a Jackson tree by hand from the token stream, recording the line and column of
 * every value under its JSON pointer. Jackson's own tree reader forgets locations.
 */
public final class LocatingJsonParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** Parses the text; Jackson's {@link com.fasterxml.jackson.core.JsonProcessingException} carries the location of a syntax error. */
    public LocatedJson parse(byte[] content) throws IOException {
        try (JsonParser parser = FACTORY.createParser(content)) {
            Map<String, JsonLocation> locations = new HashMap<>();
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("no JSON value");
            }
            JsonNode root = readValue(parser, "", locations);
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser,
                        "unexpected content after the end of the JSON document");
            }
            return new LocatedJson(root, locations);
        }
    }

    private JsonNode readValue(JsonParser parser, String pointer, Map<String, JsonLocation> locations)
            throws IOException {
        locations.put(pointer, parser.currentTokenLocation());
        return switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, pointer, locations);
            case START_ARRAY -> readArray(parser, pointer, locations);
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? nodes.numberNode(parser.getBigIntegerValue())
                    : nodes.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new com.fasterxml.jackson.core.JsonParseException(parser,
                    "unexpected token " + parser.currentToken());
        };
    }

    private ObjectNode readObject(JsonParser parser, String pointer, Map<String, JsonLocation> locations)
            throws IOException {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, readValue(parser, pointer + "/" + escape(name), locations));
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, String pointer, Map<String, JsonLocation> locations)
            throws IOException {
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser, pointer + "/" + index++, locations));
        }
        return array;
    }

    /** RFC 6901: '~' and '/' in names are escaped. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
