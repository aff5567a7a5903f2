package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An exchange file read for a Japanese reader is explained in Japanese, each problem keeping its JSON
 * pointer and line, whether the file is read whole or streamed. In English: ExchangeBadFilesTest, unchanged.
 */
class ExchangeProblemsInJapaneseTest extends WithStoreAndValidExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExchangeReader japanese = new ExchangeReader(Locale.JAPANESE);

    @Test
    void aRecordWithADateThatDoesNotExistIsToldInJapaneseAtItsPointer() {
        byte[] bad = edited(root -> ((ObjectNode) firstAssessment(root)).put("date", "2026-02-30"));

        ExchangeProblem problem = single(bad);

        assertThat(problem.pointer()).matches("/teams/\\d+/assessments/0/date");
        assertThat(problem.line()).isPositive();
        assertThat(problem.message()).isEqualTo("\"2026-02-30\" は実在する日付ではありません");
        assertThat(problem.describe(Locale.JAPANESE)).isEqualTo("bad.json:" + problem.line() + ":" + problem.column()
                + ": " + problem.pointer() + ": \"2026-02-30\" は実在する日付ではありません");
    }

    @Test
    void anAnswerOffTheScaleInJapanese() {
        byte[] offScale = edited(root -> ((ObjectNode) firstAssessment(root).get("responses").get(0).get("answer"))
                .put("level", 0.7));

        // Which team comes first depends on its random id, so which item: p1 or p3.
        assertThat(single(offScale).message()).matches("レベル 0\\.7 は項目 'p\\d' の尺度にありません");
    }

    @Test
    void brokenJsonAndAWrongFormatInJapanese() {
        String text = new String(valid, StandardCharsets.UTF_8).replaceFirst("\"scope\"", "\"scope\" \"oops\",");
        ExchangeProblem broken = single(text.getBytes(StandardCharsets.UTF_8));
        assertThat(broken.line()).isEqualTo(6);
        assertThat(broken.message()).startsWith("JSON として正しくありません：");

        ExchangeProblem wrongFormat = single(edited(root -> root.put("format", "something-else")));
        assertThat(wrongFormat.pointer()).isEqualTo("/format");
        assertThat(wrongFormat.message()).isEqualTo(
                "Debtmeter の交換ファイルではありません：\"format\" が \"something-else\" です（\"debtmeter-exchange\" であるはずです）");

        ExchangeProblem empty = single(new byte[0]);
        assertThat(empty.describe(Locale.JAPANESE)).isEqualTo(
                "bad.json: （文書全体）: ファイルが空です。交換ファイルは \"format\": \"debtmeter-exchange\" で始まる JSON オブジェクトです");
    }

    @Test
    void aStreamedFileTellsTheSameInJapanese() throws Exception {
        Path file = folder.resolve("bad-streamed.json");
        Files.write(file, edited(root -> ((ObjectNode) firstAssessment(root)).put("date", "2026-02-30")));

        InvalidExchangeFileException failure = catchThrowableOfType(InvalidExchangeFileException.class,
                () -> new ExchangeImporter(store).plan(japanese, file, TransferProgress.NONE));

        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).matches("/teams/\\d+/assessments/0/date");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).isEqualTo("\"2026-02-30\" は実在する日付ではありません");
        });
    }

    private ExchangeProblem single(byte[] content) {
        InvalidExchangeFileException failure = catchThrowableOfType(InvalidExchangeFileException.class,
                () -> japanese.parse("bad.json", content));
        assertThat(failure).as("the file should have been refused").isNotNull();
        assertThat(failure.problems()).as(failure.problems().toString()).hasSize(1);
        return failure.problems().get(0);
    }

    /** The first assessment of the first team that has one. */
    private static JsonNode firstAssessment(JsonNode root) {
        for (JsonNode team : root.get("teams")) {
            if (!team.get("assessments").isEmpty()) {
                return team.get("assessments").get(0);
            }
        }
        throw new IllegalStateException("the fixture has no assessment");
    }
}
