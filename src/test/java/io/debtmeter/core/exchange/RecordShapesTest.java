package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RecordShapes}, the quick check that spares the schema validator the records it would
 * accept, against the validator itself: every record of an export is taken quickly; and every
 * record mutated in thousands of ways (each value removed, replaced by values of every JSON type and
 * of near-miss shapes, an extra property added) is taken quickly only when the schema takes it too.
 * Where the two differ, the schema is the looser one, only in the known cases the quick check
 * leaves to it, and a streamed read (quick check, then the schema) refuses a bad record exactly as
 * the whole-file read (the schema alone) does.
 */
class RecordShapesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ExchangeReader READER = new ExchangeReader();
    private static ObjectNode document;
    /** The top level with no rubrics and no teams, and the first team with empty lists: where one record is checked. */
    private static ObjectNode emptyFrame;
    private static ObjectNode emptyTeam;

    @BeforeAll
    static void anExportOfEveryKindOfRecord(@TempDir Path folder) throws Exception {
        document = (ObjectNode) ExchangeReader.SUBTREES.readTree(
                ExchangeFixture.exportOfAFilledStore(folder.resolve("source.db")));
        emptyFrame = document.deepCopy();
        emptyFrame.putArray("rubrics");
        emptyFrame.putArray("teams");
        emptyTeam = document.get("teams").get(0).deepCopy();
        emptyTeam.putArray("assessments");
        emptyTeam.putArray("actions");
    }

    @Test
    void everyRecordOfAnExportIsTakenQuickly() {
        int records = 0;
        for (JsonNode team : document.get("teams")) {
            for (String list : List.of("assessments", "actions")) {
                for (JsonNode record : team.get(list)) {
                    assertThat(RecordShapes.surelyValid(list, record)).as("%s %s", list, record.get("id")).isTrue();
                    assertThat(schemaAccepts(list, record)).isTrue();
                    records++;
                }
            }
        }
        assertThat(records).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aRecordTakenQuicklyIsAlwaysOneTheSchemaTakes() {
        int refusedBySchema = 0;
        int takenQuickly = 0;
        List<String> leftToTheSchema = new ArrayList<>();
        for (Mutation mutation : mutations()) {
            boolean schema = schemaAccepts(mutation.list(), mutation.record());
            boolean quick = RecordShapes.surelyValid(mutation.list(), mutation.record());
            assertThat(!quick || schema).as("taken quickly, refused by the schema: %s", mutation.what()).isTrue();
            if (quick) {
                takenQuickly++;
            }
            if (!schema) {
                refusedBySchema++;
            } else if (!quick) {
                leftToTheSchema.add(mutation.what());
            }
        }
        assertThat(refusedBySchema).as("mutations the schema refuses").isGreaterThan(1_000);
        assertThat(takenQuickly).as("mutations both take (a note changed, a level moved)").isGreaterThan(100);
        // Only the known cases where the quick check is stricter: each goes to the schema, which takes it.
        assertThat(leftToTheSchema).allMatch(RecordShapesTest::aKnownStricterCase);
    }

    @Test
    void aStreamedReadRefusesABadRecordAsTheWholeReadDoes(@TempDir Path folder) throws Exception {
        int compared = 0;
        List<Mutation> all = mutations();
        for (int i = 0; i < all.size(); i += 37) {
            Mutation mutation = all.get(i);
            if (schemaAccepts(mutation.list(), mutation.record())) {
                continue;
            }
            ObjectNode file = document.deepCopy();
            ArrayNode lastTeamsList = (ArrayNode) file.get("teams").get(file.get("teams").size() - 1).get(mutation.list());
            lastTeamsList.add(mutation.record());
            byte[] bytes = ExchangeReader.SUBTREES.writeValueAsBytes(file);
            Path path = Files.write(folder.resolve("bad.json"), bytes);
            List<String> whole = problems(() -> READER.parse("bad.json", bytes));
            List<String> streamed = problems(() -> new ExchangeFileStream(READER, path).read(true, TransferProgress.NONE, team -> { }));
            assertThat(streamed).as(mutation.what()).isEqualTo(whole);
            compared++;
        }
        assertThat(compared).isGreaterThan(50);
    }

    // --- the schema's verdict on one record, as the streamed read asks it -------------------------

    private static boolean schemaAccepts(String list, JsonNode record) {
        ObjectNode frame = emptyFrame.deepCopy();
        ObjectNode team = emptyTeam.deepCopy();
        team.withArray(list).add(record);
        frame.withArray("teams").add(team);
        String inside = "/teams/0/" + list + "/0";
        return READER.schema().check(frame, READER.texts()).stream()
                .noneMatch(p -> p.pointer().equals(inside) || p.pointer().startsWith(inside + "/"));
    }

    // --- mutations ----------------------------------------------------------------------------

    record Mutation(String list, JsonNode record, String what) {
    }

    /** Every value of a few records of each kind replaced, removed, or given a sibling it may not have. */
    private static List<Mutation> mutations() {
        List<Mutation> mutations = new ArrayList<>();
        for (JsonNode team : document.get("teams")) {
            for (String list : List.of("assessments", "actions")) {
                for (JsonNode record : team.get(list)) {
                    mutate(list, record, record, "", mutations);
                }
            }
        }
        return mutations;
    }

    private static void mutate(String list, JsonNode record, JsonNode node, String pointer, List<Mutation> out) {
        if (pointer.isEmpty()) {
            for (JsonNode value : List.of(NODES.nullNode(), NODES.arrayNode(), NODES.textNode("x"), NODES.objectNode())) {
                out.add(new Mutation(list, value, "record = " + value));
            }
        } else {
            for (JsonNode value : replacements(node)) {
                out.add(new Mutation(list, changed(record, pointer, value), pointer + " = " + value));
            }
            out.add(new Mutation(list, changed(record, pointer, null), pointer + " removed"));
        }
        if (node.isObject()) {
            ObjectNode extra = ((ObjectNode) record.deepCopy());
            ((ObjectNode) (pointer.isEmpty() ? extra : extra.at(pointer))).put("extra", 1);
            out.add(new Mutation(list, extra, pointer + "/extra added"));
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                mutate(list, record, field.getValue(), pointer + "/" + field.getKey(), out);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            // The first and the last element: a long list of answers would repeat the same cases.
            mutate(list, record, node.get(0), pointer + "/0", out);
            if (node.size() > 1) {
                mutate(list, record, node.get(node.size() - 1), pointer + "/" + (node.size() - 1), out);
            }
        }
    }

    /** Values of every JSON type, near misses of the value there, and values right for other places. */
    private static List<JsonNode> replacements(JsonNode node) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.booleanNode(true),
                NODES.booleanNode(false), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(101),
                NODES.numberNode(1_000_001), NODES.numberNode(3_000_000_000L), NODES.numberNode(new BigDecimal("2.0")),
                NODES.numberNode(new BigDecimal("0.5")), NODES.numberNode(new BigDecimal("-0.5")),
                NODES.numberNode(new BigDecimal("100.0")), NODES.numberNode(new BigInteger("123456789012345678901234567890")),
                NODES.textNode(""), NODES.textNode(" "), NODES.textNode("\t\n"), NODES.textNode("\u00a0"),
                NODES.textNode("é"), NODES.textNode("x"), NODES.textNode("draft"), NODES.textNode("final"),
                NODES.textNode("open"), NODES.textNode("done"), NODES.textNode("dropped"),
                NODES.textNode("0b2f6f1e-4c1a-4e0e-9a52-2d7f3c1b9e10"), NODES.textNode("0B2F6F1E-4C1A-4E0E-9A52-2D7F3C1B9E10"),
                NODES.textNode("2026-06-30"), NODES.textNode("2026-6-30"), NODES.textNode("2026-13-45"),
                NODES.textNode("2026-06-30T09:00:00.000Z"), NODES.textNode("2026-06-30T09:00:00Z"),
                NODES.textNode("2026-06-30 09:00:00.000Z"), NODES.textNode("a".repeat(64)), NODES.textNode("A".repeat(64)),
                NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add("x"), NODES.arrayNode().add(1),
                NODES.objectNode().put("x", 1), NODES.objectNode().put("level", 2),
                NODES.objectNode().put("level", "2"), NODES.objectNode().put("option", ""),
                NODES.objectNode().put("option", "yes"), NODES.objectNode().put("dontKnow", true),
                NODES.objectNode().put("dontKnow", false), NODES.objectNode().put("notApplicable", true),
                NODES.objectNode().put("level", 1).put("option", "yes"), NODES.objectNode().put("a", -1),
                NODES.objectNode().put("a", 101), NODES.objectNode().put("a", "1")));
        if (node.isTextual()) {
            String text = node.textValue();
            values.add(NODES.textNode(text + "\n"));
            values.add(NODES.textNode(text + "x"));
            values.add(NODES.textNode(" " + text));
            values.add(NODES.textNode(text.toUpperCase(java.util.Locale.ROOT)));
            if (!text.isEmpty()) {
                values.add(NODES.textNode(text.substring(0, text.length() - 1)));
            }
        }
        return values;
    }

    /** A copy of {@code record} with the value at {@code pointer} replaced by {@code value}, or removed when it is null. */
    private static JsonNode changed(JsonNode record, String pointer, JsonNode value) {
        JsonNode copy = record.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? copy : copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
        return copy;
    }

    // --- where the quick check is knowingly stricter ------------------------------------------

    /**
     * A vote written as a decimal the schema may take as whole (2.0), or a value the schema's pattern
     * lets through with a line end after it ({@code $} before a final line end), or a text with no
     * printable ASCII character: the quick check leaves these to the schema.
     */
    private static boolean aKnownStricterCase(String what) {
        Predicate<String> voteAsDecimal = w -> w.contains("/votes/") && (w.endsWith("= 2.0") || w.endsWith("= 100.0"));
        Predicate<String> lineEndAfter = w -> w.endsWith("\\n\"");
        Predicate<String> noAsciiCharacter = w -> w.startsWith("/text = ") && (w.endsWith("\"é\"") || w.endsWith("\"\u00a0\""));
        return voteAsDecimal.or(lineEndAfter).or(noAsciiCharacter).test(what);
    }

    private interface Read {
        void run() throws Exception;
    }

    private static List<String> problems(Read read) {
        List<String> problems = new ArrayList<>();
        assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidExchangeFileException.class,
                e -> e.problems().forEach(p -> problems.add(p.pointer() + ": " + p.message())));
        return problems;
    }
}
