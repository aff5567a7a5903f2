package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.DatabaseDump;
import io.debtmeter.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Valid exports, damaged at random (cut short, fields deleted, values of another JSON type, ids
 * repeated, bytes overwritten), fed to the reader and importer of a real database. Whatever the
 * damage: the only exception is {@link InvalidExchangeFileException}, after which the database is
 * exactly as before; and a file that is accepted is imported whole (planning it again afterwards
 * finds nothing left to add or update). 210 cases in all, so the suite stays quick.
 *
 * <p>The damage is drawn from a fixed seed, so every run tries the same files. Each case gets its
 * own random numbers from the seed, its property and its number, and a failing case names all
 * three. Accepted files are imported into the one database, so reproduce a failure by running the
 * whole class again with {@code -Ddebtmeter.seed=<seed>}; any other seed tries other files.
 */
class ExchangeMutationPropertiesTest {

    private static final long SEED = Long.getLong("debtmeter.seed", 20_260_630L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path folder;
    private static byte[] valid;
    private static AssessmentStore store;
    private static Path databaseFile;
    private static final ExchangeReader READER = new ExchangeReader();
    /** Both outcomes must occur, or the properties would test only one half of their claim. */
    private static int refused;
    private static int imported;

    @BeforeAll
    static void aValidExportAndAnEmptyDatabase() throws IOException {
        folder = Files.createTempDirectory("exchange-properties");
        valid = ExchangeFixture.exportOfAFilledStore(folder.resolve("source.db"));
        databaseFile = folder.resolve("target.db");
        store = ExchangeFixture.open(databaseFile, new TestClock(ExchangeFixture.START));
    }

    @AfterAll
    static void bothOutcomesOccurredAndTheDatabasesAreRemoved() throws IOException {
        store.close();
        assertThat(refused).as("files refused (seed %d)", SEED).isPositive();
        assertThat(imported).as("damaged files still valid, and imported (seed %d)", SEED).isPositive();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> cutShortAnywhere() {
        return cases("cutShortAnywhere", 40, (number, random) -> {
            // The first two cases are the ends of [0, 1): nothing left, and all but the last byte.
            double where = switch (number) {
                case 1 -> 0;
                case 2 -> Math.nextDown(1.0);
                default -> random.nextDouble();
            };
            importsWholeOrNothing(Arrays.copyOf(valid, (int) (valid.length * where)));
        });
    }

    @TestFactory
    Stream<DynamicTest> aFieldDeleted() {
        return cases("aFieldDeleted", 50, (number, random) -> {
            ObjectNode root = tree();
            ObjectNode target = anyObject(root, random);
            List<String> names = fieldNames(target);
            if (!names.isEmpty()) {
                target.remove(names.get(random.nextInt(names.size())));
            }
            importsWholeOrNothing(bytes(root));
        });
    }

    @TestFactory
    Stream<DynamicTest> aValueOfAnotherType() {
        return cases("aValueOfAnotherType", 50, (number, random) -> {
            JsonNode replacement = otherValue(number, random);
            ObjectNode root = tree();
            ObjectNode target = anyObject(root, random);
            List<String> names = fieldNames(target);
            if (!names.isEmpty()) {
                target.set(names.get(random.nextInt(names.size())), replacement);
            }
            importsWholeOrNothing(bytes(root));
        });
    }

    @TestFactory
    Stream<DynamicTest> anIdRepeated() {
        return cases("anIdRepeated", 30, (number, random) -> {
            ObjectNode root = tree();
            List<ObjectNode> objects = objects(root);
            List<ObjectNode> withIds = objects.stream().filter(o -> o.has("id") && o.get("id").asText().length() == 36).toList();
            ObjectNode from = withIds.get(random.nextInt(withIds.size()));
            ObjectNode to = withIds.get(random.nextInt(withIds.size()));
            to.put("id", from.get("id").asText());
            importsWholeOrNothing(bytes(root));
        });
    }

    @TestFactory
    Stream<DynamicTest> bytesOverwritten() {
        return cases("bytesOverwritten", 40, (number, random) -> {
            int count = 1 + (number - 1) % 12; // 1 to 12 bytes, each count in three or four cases
            byte[] damaged = valid.clone();
            for (int i = 0; i < count; i++) {
                int at = random.nextInt(damaged.length);
                // Half the time a printable ASCII byte (more likely to keep the JSON readable), else any byte.
                damaged[at] = (byte) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(256));
            }
            importsWholeOrNothing(damaged);
        });
    }

    /**
     * A value to put where another was: null, a boolean, an int, a finite double, a string of up to
     * 20 characters, an empty array or an empty object, in turn, so that each kind comes up in every
     * seventh case. A quarter of the numbers and strings are edge values (0, -1, the largest, "", ...).
     */
    private static JsonNode otherValue(int number, RandomGenerator random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        boolean edge = random.nextInt(4) == 0;
        return switch (number % 7) {
            case 1 -> nodes.nullNode();
            case 2 -> nodes.booleanNode(random.nextBoolean());
            case 3 -> nodes.numberNode(edge
                    ? pick(random, 0, 1, -1, 2, -2, Integer.MIN_VALUE, Integer.MAX_VALUE)
                    : random.nextInt());
            case 4 -> nodes.numberNode(edge
                    ? pick(random, 0.0, -0.0, 0.01, -0.01, 1.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE)
                    : random.nextBoolean() ? random.nextInt() / 100.0 : anyFiniteDouble(random));
            case 5 -> nodes.textNode(edge
                    ? pick(random, "", " ", "0", "\u0000", "true", "null")
                    : anyString(random, random.nextInt(21)));
            case 6 -> nodes.arrayNode();
            default -> nodes.objectNode();
        };
    }

    private static int pick(RandomGenerator random, int... values) {
        return values[random.nextInt(values.length)];
    }

    private static double pick(RandomGenerator random, double... values) {
        return values[random.nextInt(values.length)];
    }

    private static String pick(RandomGenerator random, String... values) {
        return values[random.nextInt(values.length)];
    }

    /** Any bit pattern that is a finite double, so every exponent is possible. */
    private static double anyFiniteDouble(RandomGenerator random) {
        double value;
        do {
            value = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(value));
        return value;
    }

    /** Characters of the whole basic plane, control characters too, but no surrogates, non-characters or private use. */
    private static String anyString(RandomGenerator random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            char c = (char) random.nextInt(0x10000);
            boolean unusable = Character.isSurrogate(c) || (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE
                    || Character.getType(c) == Character.PRIVATE_USE;
            if (!unusable) {
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * {@code count} cases of one property, numbered from 1 as in the test reports, each with random
     * numbers of its own drawn from the seed, the property's name and the case number. A failing
     * case, whatever it threw, is reported with its property, its number and the seed.
     */
    private static Stream<DynamicTest> cases(String property, int count, BiConsumer<Integer, RandomGenerator> check) {
        return IntStream.rangeClosed(1, count).mapToObj(number -> {
            String name = property + " case " + number + " of " + count + ", seed " + SEED;
            return DynamicTest.dynamicTest(name, () -> {
                RandomGenerator random = new SplittableRandom(SEED ^ ((long) property.hashCode() << 32) ^ number);
                try {
                    check.accept(number, random);
                } catch (AssertionError | RuntimeException failure) {
                    throw new AssertionError(name + " failed (rerun the class with -Ddebtmeter.seed=" + SEED + "): "
                            + failure.getMessage(), failure);
                }
            });
        });
    }

    // --- the property itself ---------------------------------------------------------------

    /**
     * And the streamed reading of the same bytes as a file finds the same problems at the same places,
     * or the same plan, which is what is then applied.
     */
    private static void importsWholeOrNothing(byte[] content) {
        String before = DatabaseDump.of(databaseFile);
        Path file = writeFile(content);
        ExchangeImporter importer = new ExchangeImporter(store);
        ExchangeDocument document;
        try {
            document = READER.parse("mutated.json", content);
        } catch (InvalidExchangeFileException invalid) {
            assertThat(invalid.problems()).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.describe()).startsWith("mutated.json"));
            assertThat(places(streamedRefusal(importer, file))).as("the problems the streamed reading finds")
                    .isEqualTo(places(invalid));
            assertThat(DatabaseDump.of(databaseFile)).isEqualTo(before);
            refused++;
            return;
        }
        imported++;
        ImportPlan streamed;
        try {
            streamed = importer.plan(file, TransferProgress.NONE);
        } catch (IOException | InvalidExchangeFileException e) {
            throw new AssertionError("the streamed reading refused what the whole reading took: " + e.getMessage(), e);
        }
        assertThat(streamed.entries()).isEqualTo(importer.plan(document).entries());
        ImportPlan plan = importer.apply(streamed);
        Map<String, PlanEntry.Outcome> after = new HashMap<>();
        importer.plan(document).entries().forEach(entry -> after.put(entry.kind() + ":" + entry.id(), entry.outcome()));
        for (PlanEntry entry : plan.entries()) {
            if (entry.outcome() == PlanEntry.Outcome.ADD || entry.outcome() == PlanEntry.Outcome.UPDATE) {
                assertThat(after.get(entry.kind() + ":" + entry.id())).as(entry.name()).isEqualTo(PlanEntry.Outcome.UNCHANGED);
            }
        }
    }

    private static Path writeFile(byte[] content) {
        try {
            return Files.write(folder.resolve("mutated.json"), content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidExchangeFileException streamedRefusal(ExchangeImporter importer, Path file) {
        try {
            importer.plan(file, TransferProgress.NONE);
        } catch (InvalidExchangeFileException e) {
            return e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the streamed reading took what the whole reading refused");
    }

    /** Each problem without the file's name, which the two readings give differently. */
    private static List<String> places(InvalidExchangeFileException e) {
        return e.problems().stream().map(p -> p.pointer() + " " + p.line() + ":" + p.column() + " " + p.message()).toList();
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
    /** Every object in the tree. */
    private static List<ObjectNode> objects(ObjectNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects, new ArrayList<>());
        return objects;
    }

    /** One object of the tree, picked with one draw of the random numbers. */
    private static ObjectNode anyObject(ObjectNode root, RandomGenerator random) {
        List<ObjectNode> objects = objects(root);
        return objects.get(random.nextInt(objects.size()));
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

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
