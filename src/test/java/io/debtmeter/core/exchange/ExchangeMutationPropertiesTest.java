package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.DatabaseDump;
import io.debtmeter.core.storage.MutableClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Valid exports, damaged at random (cut short, fields deleted, values of another JSON type, ids
 * repeated, bytes overwritten), fed to the reader and importer of a real database. Whatever the
 * damage: the only exception is {@link InvalidExchangeFileException}, after which the database is
 * exactly as before; and a file that is accepted is imported whole (planning it again afterwards
 * finds nothing left to add or update). About 210 tries in all, so the suite stays quick.
 */
class ExchangeMutationPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path folder;
    private static byte[] valid;
    private static AssessmentStore store;
    private static Path databaseFile;
    private static final ExchangeReader READER = new ExchangeReader();
    /** Both outcomes must occur, or the properties would test only one half of their claim. */
    private static int refused;
    private static int imported;

    @BeforeContainer
    static void aValidExportAndAnEmptyDatabase() throws IOException {
        folder = Files.createTempDirectory("exchange-properties");
        MutableClock clock = new MutableClock(ExchangeFixture.START);
        try (AssessmentStore source = ExchangeFixture.open(folder.resolve("source.db"), clock)) {
            ExchangeFixture.fill(source, clock);
            valid = ExchangeFixture.exportDatabase(source);
        }
        databaseFile = folder.resolve("target.db");
        store = ExchangeFixture.open(databaseFile, new MutableClock(ExchangeFixture.START));
    }

    @AfterContainer
    static void bothOutcomesOccurredAndTheDatabasesAreRemoved() throws IOException {
        store.close();
        assertThat(refused).as("files refused").isPositive();
        assertThat(imported).as("damaged files still valid, and imported").isPositive();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Property(tries = 40)
    void cutShortAnywhere(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where) {
        importsWholeOrNothing(Arrays.copyOf(valid, (int) (valid.length * where)));
    }

    @Property(tries = 50)
    void aFieldDeleted(@ForAll long seed) {
        Random random = new Random(seed);
        ObjectNode root = tree();
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects, new ArrayList<>());
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            target.remove(names.get(random.nextInt(names.size())));
        }
        importsWholeOrNothing(bytes(root));
    }

    @Property(tries = 50)
    void aValueOfAnotherType(@ForAll long seed, @ForAll("otherValues") JsonNode replacement) {
        Random random = new Random(seed);
        ObjectNode root = tree();
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects, new ArrayList<>());
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            target.set(names.get(random.nextInt(names.size())), replacement);
        }
        importsWholeOrNothing(bytes(root));
    }

    @Property(tries = 30)
    void anIdRepeated(@ForAll long seed) {
        Random random = new Random(seed);
        ObjectNode root = tree();
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects, new ArrayList<>());
        List<ObjectNode> withIds = objects.stream().filter(o -> o.has("id") && o.get("id").asText().length() == 36).toList();
        ObjectNode from = withIds.get(random.nextInt(withIds.size()));
        ObjectNode to = withIds.get(random.nextInt(withIds.size()));
        to.put("id", from.get("id").asText());
        importsWholeOrNothing(bytes(root));
    }

    @Property(tries = 40)
    void bytesOverwritten(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int count) {
        Random random = new Random(seed);
        byte[] damaged = valid.clone();
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(damaged.length);
            // Half the time a printable ASCII byte (more likely to keep the JSON readable), else any byte.
            damaged[at] = (byte) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(256));
        }
        importsWholeOrNothing(damaged);
    }

    @Provide
    Arbitrary<JsonNode> otherValues() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return Arbitraries.oneOf(
                Arbitraries.just(nodes.nullNode()),
                Arbitraries.of(true, false).map(nodes::booleanNode),
                Arbitraries.integers().map(i -> (JsonNode) nodes.numberNode(i)),
                Arbitraries.doubles().map(d -> (JsonNode) nodes.numberNode(d)),
                Arbitraries.strings().ofMaxLength(20).map(s -> (JsonNode) nodes.textNode(s)),
                Arbitraries.just(nodes.arrayNode()),
                Arbitraries.just(nodes.objectNode()));
    }

    // --- the property itself ---------------------------------------------------------------

    private static void importsWholeOrNothing(byte[] content) {
        String before = DatabaseDump.of(databaseFile);
        ExchangeDocument document;
        try {
            document = READER.parse("mutated.json", content);
        } catch (InvalidExchangeFileException invalid) {
            assertThat(invalid.problems()).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.describe()).startsWith("mutated.json"));
            assertThat(DatabaseDump.of(databaseFile)).isEqualTo(before);
            Statistics.collect("refused");
            refused++;
            return;
        }
        Statistics.collect("imported");
        imported++;
        ExchangeImporter importer = new ExchangeImporter(store);
        ImportPlan plan = importer.apply(importer.plan(document));
        Map<String, PlanEntry.Outcome> after = new HashMap<>();
        importer.plan(document).entries().forEach(entry -> after.put(entry.kind() + ":" + entry.id(), entry.outcome()));
        for (PlanEntry entry : plan.entries()) {
            if (entry.outcome() == PlanEntry.Outcome.ADD || entry.outcome() == PlanEntry.Outcome.UPDATE) {
                assertThat(after.get(entry.kind() + ":" + entry.id())).as(entry.name()).isEqualTo(PlanEntry.Outcome.UNCHANGED);
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------

    private static ObjectNode tree() {
        try {
            return (ObjectNode) JSON.readTree(valid);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every object of the tree, the root first. */
    private static void collect(JsonNode node, List<ObjectNode> objects, List<ArrayNode> arrays) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
            object.elements().forEachRemaining(child -> collect(child, objects, arrays));
        } else if (node instanceof ArrayNode array) {
            arrays.add(array);
            array.elements().forEachRemaining(child -> collect(child, objects, arrays));
        }
    }
}
