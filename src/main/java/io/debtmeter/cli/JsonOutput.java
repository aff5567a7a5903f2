package io.debtmeter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;
import java.util.OptionalDouble;

/** The {@code --json} output of the commands: pretty-printed, numbers as shown on screen, null when absent. */
final class JsonOutput {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    static String print(JsonNode node) {
        try {
            return TerminalText.json(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of our own nodes always serialises", e);
        }
    }

    static void put(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }

    static void put(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
