package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.storage.DatabaseDump;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A value that would change on its way into the database (a lone surrogate turned into '?', 1e400
 * into 0, 1e-400 into 0.0) is refused with its pointer, line and column, and nothing is written;
 * so are the JSON errors Jackson would otherwise describe in its own terms. Each is refused alike
 * whether the file is read whole or streamed record by record, as import reads it.
 */
class ExchangeValuesKeptAsWrittenTest extends WithStoreAndValidExport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "@@here@@";

    @Test
    void aLoneSurrogateInANote() {
        Planted file = planted(root -> firstResponse(root).put("note", MARK), "\"before \\ud800 after\"");
        ExchangeProblem problem = single(file);
        assertThat(problem.pointer()).matches("/teams/\\d+/assessments/0/responses/0/note");
        assertThat(problem.message()).isEqualTo("the text holds \\ud800 at character 8: half of a UTF-16 surrogate pair"
                + " without its other half, which no file or database can keep (it would become '?')");
        assertThat(problem.line()).isEqualTo(file.line());
    }

    @Test
    void aLoneSurrogateInATeamNameAsRawBytes() {
        // The three bytes UTF-8 would use for U+D800, which Jackson reads as the lone char.
        Planted file = planted(root -> ((ObjectNode) root.get("teams").get(0)).put("name", MARK), "\"Team \\uDC00\"");
        ExchangeProblem problem = single(file);
        assertThat(problem.pointer()).isEqualTo("/teams/0/name");
        assertThat(problem.message()).startsWith("the text holds \\udc00 at character 6: half of a UTF-16 surrogate pair");
        byte[] raw = new String(valid, StandardCharsets.UTF_8).replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"Team XXX\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cesu = replaceBytes(raw, "XXX".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertThat(single(cesu).message()).startsWith("the text holds \\ud800 at character 6");
    }

    @Test
    void aPairedSurrogateIsFine() throws Exception {
        byte[] emoji = planted(root -> firstResponse(root).put("note", MARK), "\"ok \\ud83d\\ude00\"").content();
        assertThat(new ExchangeReader().parse("ok.json", emoji).teams()).isNotEmpty();
    }

    @Test
    void aVoteCountBeyondDouble() {
        Planted file = planted(root -> firstResponse(root).putObject("votes").put("4", MARK), "1e400");
        ExchangeProblem problem = single(file);
        assertThat(problem.pointer()).matches("/teams/\\d+/assessments/0/responses/0/votes/4");
        assertThat(problem.message()).isEqualTo("the number 1E+400 is too large: a number here may be at most about 1.8e308");
        assertThat(problem.line()).isEqualTo(file.line());
        assertThat(problem.column()).isGreaterThan(1);
    }

    @Test
    void aVoteCountWithADecimalPoint() {
        ExchangeProblem problem = single(planted(root -> firstResponse(root).putObject("votes").put("4", MARK), "2.0"));
        assertThat(problem.pointer()).endsWith("/responses/0/votes/4");
        assertThat(problem.message()).isEqualTo("a vote count is a whole number written without a decimal point or"
                + " exponent, such as 2; found 2.0");
    }

    @Test
    void aLevelTooCloseToZero() {
        Planted file = planted(root -> ((ObjectNode) firstResponse(root).get("answer")).put("level", MARK), "1e-400");
        ExchangeProblem problem = single(file);
        assertThat(problem.pointer()).endsWith("/responses/0/answer/level");
        assertThat(problem.message()).isEqualTo("the number 1E-400 is too close to zero to be kept: it would become 0;"
                + " write 0 if that is meant");
        assertThat(problem.line()).isEqualTo(file.line());
    }

    @Test
    void notANumber() {
        Planted file = planted(root -> ((ObjectNode) firstResponse(root).get("answer")).put("level", MARK), "NaN");
        ExchangeProblem problem = single(file);
        assertThat(problem.pointer()).endsWith("/responses/0/answer/level");
        assertThat(problem.message()).isEqualTo("not valid JSON: NaN is not a number JSON allows; write a number, or null");
        assertThat(problem.line()).isEqualTo(file.line());
        assertThat(problem.message()).doesNotContain("cut short", "Feature", "`");
    }

    @Test
    void infinity() {
        Planted file = planted(root -> ((ObjectNode) firstResponse(root).get("answer")).put("level", MARK), "-Infinity");
        ExchangeProblem problem = single(file);
        assertThat(problem.pointer()).endsWith("/responses/0/answer/level");
        assertThat(problem.message()).isEqualTo("not valid JSON: -Infinity is not a number JSON allows; write a number, or null");
        assertThat(problem.line()).isEqualTo(file.line());
    }

    @Test
    void aKeyTwiceInOneObject() {
        Planted file = planted(root -> ((ObjectNode) root.get("teams").get(0)).put("zz", MARK), "1,\n  \"name\" : \"again\"");
        ExchangeProblem problem = single(file);
        assertThat(problem.pointer()).isEqualTo("/teams/0/name");
        assertThat(problem.message()).isEqualTo("not valid JSON: the key \"name\" appears twice in the same object");
        assertThat(problem.line()).isEqualTo(file.line() + 1);
        assertThat(problem.column()).isGreaterThan(1);
    }

    @Test
    void aFormatVersionWithADecimalPoint() {
        ExchangeProblem problem = single(planted(root -> root.put("formatVersion", MARK), "1.0"));
        assertThat(problem.pointer()).isEqualTo("/formatVersion");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).isEqualTo("formatVersion must be a whole number, such as 1; found 1.0");
    }

    @Test
    void aHugeFormatVersion() {
        ExchangeProblem problem = single(planted(root -> root.put("formatVersion", MARK), "1" + "0".repeat(30)));
        assertThat(problem.message()).isEqualTo("the file has formatVersion 1" + "0".repeat(30)
                + "; this Debtmeter reads version 1 (the file was written by a newer Debtmeter: update this one)");
    }

    @Test
    void nestingTooDeep() {
        Planted file = planted(root -> root.put("exportedBy", MARK), "[".repeat(1001) + "]".repeat(1001));
        ExchangeProblem problem = single(file);
        assertThat(problem.message()).isEqualTo("not valid JSON: the file nests objects and arrays deeper than 1,000 levels");
        assertThat(problem.line()).isEqualTo(file.line());
        assertThat(problem.column()).isGreaterThan(1000);
        assertThat(problem.pointer()).startsWith("/exportedBy/0/0/0");
    }

    @Test
    void cutShortIsSaidOnlyForAnEarlyEnd() {
        ExchangeProblem problem = single(planted(root -> root.put("exportedBy", MARK), "tru"));
        assertThat(problem.message()).isEqualTo("not valid JSON: unknown word 'tru'; a value is a number, a text in double"
                + " quotes, an object, an array, true, false or null");
        String text = new String(valid, StandardCharsets.UTF_8);
        ExchangeProblem cut = single(text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8));
        assertThat(cut.message()).endsWith("(is the file cut short?)");
    }

    // --- helpers -------------------------------------------------------------------------

    /** A file with raw JSON text where the mark was, and the line it is on. */
    record Planted(byte[] content, int line) {
    }

    private static Planted planted(Consumer<ObjectNode> edit, String rawJson) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(valid);
            edit.accept(root);
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            int at = text.indexOf("\"" + MARK + "\"");
            int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            return new Planted(text.replace("\"" + MARK + "\"", rawJson).getBytes(StandardCharsets.UTF_8), line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode firstResponse(JsonNode root) {
        for (JsonNode team : root.get("teams")) {
            if (team.get("name").asText().equals("Search ranking")) {
                return (ObjectNode) team.get("assessments").get(0).get("responses").get(0);
            }
        }
        throw new AssertionError("no Search ranking team");
    }

    private static byte[] replaceBytes(byte[] in, byte[] what, byte[] with) {
        String marker = new String(what, StandardCharsets.ISO_8859_1);
        String text = new String(in, StandardCharsets.ISO_8859_1);
        return text.replaceFirst(marker, new String(with, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static ExchangeProblem single(Planted file) {
        return single(file.content());
    }

    /** Read and (were it valid) imported: refused, and the database is byte for byte as before. */
    private static ExchangeProblem single(byte[] content) {
        String before = DatabaseDump.of(database);
        InvalidExchangeFileException failure = catchThrowableOfType(InvalidExchangeFileException.class, () -> {
            ExchangeImporter importer = new ExchangeImporter(store);
            importer.apply(importer.plan(new ExchangeReader().parse("bad.json", content)));
        });
        assertThat(failure).as("the file should have been refused").isNotNull();
        assertThat(DatabaseDump.of(database)).isEqualTo(before);
        assertThat(failure.problems()).as(failure.problems().toString()).hasSize(1);
        ExchangeProblem problem = failure.problems().get(0);
        assertThat(problem.line()).as(problem.describe()).isPositive();
        assertThat(problem.column()).as(problem.describe()).isPositive();
        assertThat(problem.message()).doesNotContain("Jackson", "StreamReadConstraints", "JsonReadFeature", "`");
        assertThat(streamed(content)).as("the same file read as a stream, as import reads it")
                .extracting(ExchangeProblem::pointer, ExchangeProblem::line, ExchangeProblem::column, ExchangeProblem::message)
                .containsExactly(problem.pointer(), problem.line(), problem.column(), problem.message());
        return problem;
    }

    /** The one problem of the file when planned as import plans it: streamed, each record on its own. */
    private static ExchangeProblem streamed(byte[] content) {
        String before = DatabaseDump.of(database);
        InvalidExchangeFileException failure = catchThrowableOfType(InvalidExchangeFileException.class, () -> {
            Path file = Files.createTempFile("streamed", ".json");
            try {
                Files.write(file, content);
                new ExchangeImporter(store).plan(file, TransferProgress.NONE);
            } finally {
                Files.delete(file);
            }
        });
        assertThat(failure).as("the streamed file should have been refused").isNotNull();
        assertThat(DatabaseDump.of(database)).isEqualTo(before);
        assertThat(failure.problems()).as(failure.problems().toString()).hasSize(1);
        return failure.problems().get(0);
    }
}
