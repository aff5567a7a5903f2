package io.debtmeter.core.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The JSON-array and JSON-object columns (participants, evidence, votes), read and written with Jackson. */
final class JsonColumns {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<TreeMap<String, Integer>> COUNTS = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper();

    // Most answers have no evidence and no votes: those columns are written and read without
    // Jackson, which matters when 600,000 answers are imported or a portfolio reads thousands.

    String strings(List<String> values) {
        return values.isEmpty() ? "[]" : write(values);
    }

    String counts(Map<String, Integer> counts) {
        return counts.isEmpty() ? "{}" : write(new TreeMap<>(counts));
    }

    /**
     * Ids as one JSON array, for {@code IN (SELECT value FROM json_each(?))}: one parameter for
     * any number of ids, so one prepared statement serves every size (no limit on variables).
     */
    String ids(Collection<UUID> ids) {
        return write(ids.stream().map(UUID::toString).toList());
    }

    List<String> strings(String json) throws SQLException {
        return "[]".equals(json) ? List.of() : List.copyOf(read(json, STRINGS));
    }

    Map<String, Integer> counts(String json) throws SQLException {
        return "{}".equals(json) ? Map.of() : read(json, COUNTS);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Lists of strings and maps of integers always serialise; failing here is a bug.
            throw new IllegalStateException(e);
        }
    }

    /** A column that is not the JSON we wrote means a damaged file: reported like any other read error. */
    private <T> T read(String json, TypeReference<T> type) throws SQLException {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("a JSON column holds " + json + ", which cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
