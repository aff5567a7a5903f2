package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.rubric.UnstorableValues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The checks of a streamed pass, part by part: values that cannot be kept and the schema's problems,
 * each found in one record and reported at its place in the whole file.
 */
final class StreamedChecks {

    private static final int MAX_SCHEMA_PROBLEMS = ExchangeSchema.MAX_MESSAGES;
    private static final int MAX_UNSTORABLE = 50;

    private final ExchangeReader reader;
    private final List<ExchangeReader.Pointed> unstorable = new ArrayList<>();
    private final List<ExchangeReader.Pointed> schemaProblems = new ArrayList<>();
    /** The top level with {@code rubrics} empty, in which each team is checked against the schema alone. */
    private ObjectNode frame;

    StreamedChecks(ExchangeReader reader) {
        this.reader = reader;
    }

    /** The top level's own problems; it then becomes the frame each team is checked in. */
    void header(ObjectNode envelope) {
        UnstorableValues.in(envelope, reader.texts()).forEach(f -> unstorable.add(new ExchangeReader.Pointed(f.pointer(), f.message())));
        reader.schema().check(envelope, reader.texts()).forEach(p -> schemaProblems.add(new ExchangeReader.Pointed(p.pointer(), p.message())));
        frame = envelope.deepCopy();
        frame.putArray("rubrics");
    }

    /** The schema's problems of {@code team} inside the top level, those under {@code inside} only, moved to {@code at}. */
    void schema(JsonNode team, String inside, String at) {
        frame.putArray("teams").add(team);
        for (ExchangeSchema.PointedMessage problem : reader.schema().check(frame, reader.texts())) {
            String pointer = problem.pointer();
            if (pointer.equals(inside) || pointer.startsWith(inside + "/")) {
                schemaProblems.add(new ExchangeReader.Pointed(at + pointer.substring(inside.length()), problem.message()));
            }
        }
    }

    void unstorable(JsonNode node, String at) {
        for (UnstorableValues.Found f : UnstorableValues.in(node, reader.texts())) {
            if (unstorable.size() < MAX_UNSTORABLE) {
                unstorable.add(new ExchangeReader.Pointed(at + f.pointer(), f.message()));
            }
        }
    }

    /** Whether a value that cannot be kept was found: the schema is not asked about a part that has one. */
    boolean anyUnstorable() {
        return !unstorable.isEmpty();
    }

    boolean none() {
        return unstorable.isEmpty() && schemaProblems.isEmpty();
    }

    /** What to report: the values that cannot be kept if any (they come first), else the schema's first problems. */
    List<ExchangeReader.Pointed> reported() {
        if (!unstorable.isEmpty()) {
            return unstorable;
        }
        return schemaProblems.stream().distinct()
                .sorted(Comparator.comparing(ExchangeReader.Pointed::pointer))
                .limit(MAX_SCHEMA_PROBLEMS).toList();
    }
}
