package io.debtmeter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;
import java.util.OptionalDouble;

/** The {@code --json} output of the commands: pretty-printed, numbers as shown on screen, null when absent. */
final class JsonOutput {

    /**
     * Builds the trees. Tables are printed from the same rows, so a listing builds its tree either
     * way; making the nodes needs no {@link ObjectMapper}, whose set-up took a tenth of a second of
     * {@code teams} (issue 22), so only {@code --json} pays for one.
     */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonOutput() {
    }

    static String print(JsonNode node) {
        try {
            return TerminalText.json(Printer.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of our own nodes always serialises", e);
        }
    }

    /** Made the first time JSON is printed. */
    private static final class Printer {
        static final ObjectMapper MAPPER = new ObjectMapper();
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
