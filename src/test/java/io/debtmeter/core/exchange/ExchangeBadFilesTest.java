package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.storage.DatabaseDump;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every kind of bad file gets a message naming what is wrong and where, and leaves the database
 * exactly as it was (compared as a full dump). The database already holds the fixture, so a
 * half-done import would show.
 */
class ExchangeBadFilesTest extends WithStoreAndValidExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The database of {@link WithStoreAndValidExport}, by the name these tests use. */
    private static Path file;

    @BeforeAll
    static void theDatabaseFile() {
        file = database;
    }

    @Test
    void theValidFileItselfWouldImport() throws Exception {
        assertThat(new ExchangeImporter(store).plan(new ExchangeReader().parse("x.json", valid)).changesSomething()).isTrue();
    }

    @Test
    void brokenJson() {
        String text = new String(valid, StandardCharsets.UTF_8).replaceFirst("\"scope\"", "\"scope\" \"oops\",");
        ExchangeProblem problem = single(text.getBytes(StandardCharsets.UTF_8));
        assertThat(problem.message()).startsWith("not valid JSON");
        // "scope" is the fifth key, on line 6 of the indented file.
        assertThat(problem.line()).isEqualTo(6);
    }

    @Test
    void truncatedFile() {
        byte[] half = Arrays.copyOf(valid, valid.length / 2);
        ExchangeProblem problem = single(half);
        assertThat(problem.message()).contains("is the file cut short?");
        assertThat(problem.line()).isGreaterThan(1);
    }

    @Test
    void emptyAndBlankFiles() {
        assertThat(single(new byte[0]).message()).startsWith("the file is empty");
        assertThat(single(" \n\t\n".getBytes(StandardCharsets.UTF_8)).message()).startsWith("the file is empty");
    }

    @Test
    void notAnObject() {
        ExchangeProblem problem = single("[1, 2]".getBytes(StandardCharsets.UTF_8));
        assertThat(problem.message()).isEqualTo("the file holds a JSON array, not an object; this is not a Debtmeter exchange file");
    }

    @Test
    void wrongFormat() {
        ExchangeProblem problem = single(edited(root -> root.put("format", "rubric")));
        assertThat(problem.pointer()).isEqualTo("/format");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).isEqualTo("not a Debtmeter exchange file: its \"format\" is \"rubric\","
                + " expected \"debtmeter-exchange\"");
    }

    @Test
    void unsupportedVersion() {
        ExchangeProblem problem = single(edited(root -> root.put("formatVersion", 2)));
        assertThat(problem.pointer()).isEqualTo("/formatVersion");
        assertThat(problem.message()).isEqualTo("the file has formatVersion 2; this Debtmeter reads version 1"
                + " (the file was written by a newer Debtmeter: update this one)");
    }

    @Test
    void schemaViolations() {
        InvalidExchangeFileException failure = rejected(edited(root -> {
            ObjectNode assessment = (ObjectNode) searchTeam(root).get("assessments").get(0);
            assessment.remove("status");
            assessment.put("period", 2026);
        }));
        String at = "/teams/" + searchIndex(JSON.createObjectNode()) + "/assessments/0";
        assertThat(failure.problems()).extracting(ExchangeProblem::pointer).contains(at, at + "/period");
        assertThat(failure.problems()).extracting(ExchangeProblem::message)
                .anySatisfy(message -> assertThat(message).contains("status"))
                .anySatisfy(message -> assertThat(message).contains("string"));
        assertThat(failure.problems()).allSatisfy(problem -> assertThat(problem.line()).isGreaterThan(1));
    }

    @Test
    void aRubricSnapshotThatIsNotAValidRubric() {
        ExchangeProblem problem = single(edited(root -> {
            ObjectNode rubric = (ObjectNode) root.get("rubrics").get(0);
            String broken = rubric.get("content").asText().replace("\"weighted-mean\"", "\"weighted-median\"");
            rubric.put("content", broken);
            rubric.put("sha256", ExchangeFormat.sha256(broken));
            updateReferences(root, rubric.get("sha256").asText());
        }));
        assertThat(problem.pointer()).isEqualTo("/rubrics/0/content");
        assertThat(problem.message()).startsWith("the rubric snapshot is not a valid rubric: line ")
                .contains("/aggregation/rule");
    }

    @Test
    void aRubricChangedAfterExport() {
        ExchangeProblem problem = single(edited(root -> {
            ObjectNode rubric = (ObjectNode) root.get("rubrics").get(0);
            rubric.put("content", rubric.get("content").asText().replace("\"Tiny\"", "\"Tiny!\""));
        }));
        assertThat(problem.pointer()).isEqualTo("/rubrics/0/content");
        assertThat(problem.message()).contains("does not match its sha256").contains("changed after export");
    }

    @Test
    void anAnswerThatDoesNotFitItsRubric() {
        ExchangeProblem problem = single(edited(root -> ((ObjectNode) searchTeam(root).get("assessments").get(0)
                .get("responses").get(0).get("answer")).put("level", 0.7)));
        assertThat(problem.pointer()).endsWith("/assessments/0/responses/0");
        assertThat(problem.message()).isEqualTo("level 0.7 is not on the scale of item 'p1'");
    }

    @Test
    void anOpenActionWithAClosingTime() {
        ExchangeProblem problem = single(edited(root -> ((ObjectNode) searchTeam(root).get("actions").get(1))
                .put("closedAt", "2026-07-01T10:00:00.000Z")));
        assertThat(problem.pointer()).endsWith("/actions/1/closedAt");
        assertThat(problem.message()).isEqualTo("the action is open, so it has no closing time");
    }

    @Test
    void duplicateIds() {
        InvalidExchangeFileException failure = rejected(edited(root -> {
            JsonNode assessments = searchTeam(root).get("assessments");
            ((ObjectNode) assessments.get(1)).put("id", assessments.get(0).get("id").asText());
        }));
        // The Q3 id is gone, so the action raised in Q3 now points nowhere: that is said too.
        assertThat(failure.problems()).hasSize(2);
        assertThat(failure.problems().get(0).pointer()).endsWith("/assessments/1/id");
        assertThat(failure.problems().get(0).message()).contains("is used twice");
        assertThat(failure.problems().get(1).pointer()).endsWith("/actions/1/raisedIn");
    }

    @Test
    void aDateThatDoesNotExist() {
        ExchangeProblem problem = single(edited(root -> ((ObjectNode) searchTeam(root).get("assessments").get(0))
                .put("date", "2026-02-30")));
        assertThat(problem.pointer()).endsWith("/assessments/0/date");
        assertThat(problem.message()).isEqualTo("\"2026-02-30\" is not a real date");
    }

    @Test
    void aValueWithALineEndAfterItIsRefusedByTheSchema() {
        // Java's "$" also matches before a final line end: the lengths in the schema close that gap.
        ExchangeProblem date = single(edited(root -> ((ObjectNode) searchTeam(root).get("assessments").get(0))
                .put("date", "2026-03-01\n")));
        assertThat(date.pointer()).endsWith("/assessments/0/date");
        assertThat(date.message()).contains("10");

        ExchangeProblem id = single(edited(root -> {
            ObjectNode team = searchTeam(root);
            team.put("id", team.get("id").asText() + "\n");
        }));
        assertThat(id.pointer()).isEqualTo("/teams/" + searchIndex(JSON.createObjectNode()) + "/id");
        assertThat(id.message()).contains("36");
    }

    @Test
    void anOversizedFile() {
        ExchangeReader small = new ExchangeReader(1000);
        String dumpBefore = DatabaseDump.of(file);
        InvalidExchangeFileException failure = catchThrowableOfType(InvalidExchangeFileException.class,
                () -> small.parse("big.json", valid));
        assertThat(failure.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("the file is ").endsWith("an exchange file may be at most 0.0 MB (1,000 bytes)"));
        assertThat(DatabaseDump.of(file)).isEqualTo(dumpBefore);
    }

    // --- helpers -------------------------------------------------------------------------

    /** Reads and (if it were valid) imports the file; it must be refused and change nothing. */
    private static InvalidExchangeFileException rejected(byte[] content) {
        String before = DatabaseDump.of(file);
        InvalidExchangeFileException failure = catchThrowableOfType(InvalidExchangeFileException.class, () -> {
            ExchangeImporter importer = new ExchangeImporter(store);
            importer.apply(importer.plan(new ExchangeReader().parse("bad.json", content)));
        });
        assertThat(failure).as("the file should have been refused").isNotNull();
        assertThat(failure.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.source()).isEqualTo("bad.json"));
        assertThat(DatabaseDump.of(file)).isEqualTo(before);
        return failure;
    }

    private static ExchangeProblem single(byte[] content) {
        InvalidExchangeFileException failure = rejected(content);
        assertThat(failure.problems()).as(failure.problems().toString()).hasSize(1);
        return failure.problems().get(0);
    }


    private static ObjectNode searchTeam(JsonNode root) {
        return (ObjectNode) root.get("teams").get(searchIndex(root));
    }

    /** Where "Search ranking" is among the teams (sorted by id, so it varies). */
    private static int searchIndex(JsonNode ignored) {
        try {
            JsonNode teams = JSON.readTree(valid).get("teams");
            for (int i = 0; i < teams.size(); i++) {
                if (teams.get(i).get("name").asText().equals("Search ranking")) {
                    return i;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no Search ranking team");
    }

    /** Points every assessment that used the first snapshot at its new hash. */
    private static void updateReferences(ObjectNode root, String newSha) {
        String old;
        try {
            old = JSON.readTree(valid).get("rubrics").get(0).get("sha256").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (JsonNode team : root.get("teams")) {
            for (JsonNode assessment : team.get("assessments")) {
                if (assessment.get("rubric").get("sha256").asText().equals(old)) {
                    ((ObjectNode) assessment.get("rubric")).put("sha256", newSha);
                }
            }
        }
    }
}
