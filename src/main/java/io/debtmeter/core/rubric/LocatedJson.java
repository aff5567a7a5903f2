package io.debtmeter.core.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * A parsed JSON document together with where each value started in the text, so that
 * problems found later (by the schema or by meaning) can name a line and column.
 */
public record LocatedJson(JsonNode root, Map<String, JsonLocation> locations) {

    /** The location of the pointer, or of its nearest ancestor that has one. */
    public JsonLocation locationOf(String pointer) {
        String current = pointer;
        while (true) {
            JsonLocation location = locations.get(current);
            if (location != null || current.isEmpty()) {
                return location;
            }
            current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
        }
    }
}
