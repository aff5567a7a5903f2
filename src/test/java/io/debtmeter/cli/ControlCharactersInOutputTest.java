package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debtmeter.core.exchange.ExchangeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team imported from a file with terminal escape sequences in its name ("clear the screen", "set
 * the window title") and a right-to-left override: every command prints them as visible escapes.
 */
class ControlCharactersInOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** As a JSON file writes it: ESC [2J, ESC ] 0;title BEL, U+202E, U+0085. */
    private static final String HOSTILE_JSON = "Esc \\u001b[2J\\u001b]0;title\\u0007 \\u202eevil\\u0085";
    private static final String HOSTILE_SHOWN = "Esc \\u001b[2J\\u001b]0;title\\u0007 \\u202eevil\\u0085";

    @TempDir
    Path folder;

    private Path file;
    private Path database;

    @BeforeEach
    void aFileWithAHostileTeamName() throws IOException {
        String text = new String(ExchangeFixture.exportOfAFilledStore(folder.resolve("source.db")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("\"Search ranking\"");
        file = Files.writeString(folder.resolve("hostile.json"), text.replace("\"Search ranking\"", "\"" + HOSTILE_JSON + "\""));
        database = folder.resolve("team.db");
        assertThat(run("import", "--db", database.toString(), file.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void teams() {
        assertSafe(run("teams", "--db", database.toString()));
    }

    @Test
    void assessments() {
        assertSafe(run("assessments", "--db", database.toString()));
    }

    @Test
    void score() {
        assertSafe(run("score", file.toString()));
    }

    @Test
    void importListing() {
        assertSafe(run("import", "--dry-run", "--list", "--db", folder.resolve("other.db").toString(), file.toString()));
    }

    @Test
    void compareAsTextAndMarkdown() throws IOException {
        JsonNode list = JSON.readTree(run("assessments", "--db", database.toString(), "--json").out());
        String before = null;
        String after = null;
        for (JsonNode assessment : list) {
            if (assessment.get("team").asText().startsWith("Esc")) {
                after = before == null ? null : assessment.get("id").asText();
                before = before == null ? assessment.get("id").asText() : before;
            }
        }
        assertThat(after).isNotNull();
        assertSafe(run("compare", "--db", database.toString(), before, after));
        Run markdown = run("compare", "--db", database.toString(), "--format", "md", before, after);
        // Markdown escapes its own brackets: "\\u001b\\[2J".
        assertThat(markdown.out()).contains("Esc \\u001b\\[2J");
        assertNoRawControls(markdown);
    }

    @Test
    void jsonOutputStaysJsonAndKeepsTheName() throws IOException {
        Run run = run("teams", "--db", database.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertNoRawControls(run);
        assertThat(JSON.readTree(run.out()).findValuesAsText("name"))
                .contains("Esc \u001b[2J\u001b]0;title\u0007 \u202eevil\u0085");
    }

    @Test
    void scoreAndImportJsonToo() throws IOException {
        Run score = run("score", "--json", file.toString());
        assertNoRawControls(score);
        assertThat(JSON.readTree(score.out()).findValuesAsText("team"))
                .contains("Esc \u001b[2J\u001b]0;title\u0007 \u202eevil\u0085");
        Run plan = run("import", "--json", "--dry-run", "--db", folder.resolve("other.db").toString(), file.toString());
        assertNoRawControls(plan);
        assertThat(JSON.readTree(plan.out()).get("entries")).isNotEmpty();
    }

    @Test
    void anErrorMessageNamingTheTeam() {
        Run run = run("assessments", "--db", database.toString(), "--team", "Esc \u001b[2J nobody");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("Esc \\u001b[2J nobody").doesNotContain("\u001b");
    }

    @Test
    void terminalTextKeepsOrdinaryTextAndPairs() {
        assertThat(TerminalText.inline("Équipe 検索 😀 a\\b")).isEqualTo("Équipe 検索 😀 a\\b");
        assertThat(TerminalText.inline("a\tb\nc\rd")).isEqualTo("a\\u0009b\\u000ac\\u000dd");
        assertThat(TerminalText.lines("a\tb\nc\rd\u0000")).isEqualTo("a\tb\nc\\u000dd\\u0000");
        assertThat(TerminalText.inline("x\ud800y\u2066z\u007f")).isEqualTo("x\\ud800y\\u2066z\\u007f");
    }

    private static void assertSafe(Run run) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(HOSTILE_SHOWN);
        assertNoRawControls(run);
    }

    private static void assertNoRawControls(Run run) {
        String all = run.out() + run.err();
        assertThat(all.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c <= 0x9f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069).toArray())
                .as("raw control characters in %s", all).isEmpty();
    }

    private Run run(String... args) {
        return CliRuns.withUserRubrics(folder.resolve("no-user-rubrics")).run(args);
    }
}
