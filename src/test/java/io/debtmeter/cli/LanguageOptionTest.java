package io.debtmeter.cli;

import io.debtmeter.core.platform.DisplayLanguage;
import io.debtmeter.core.platform.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --lang} chooses the language of dates in the output; without it, the one chosen in the window. */
class LanguageOptionTest {

    @TempDir
    Path folder;

    private CliRuns runs() throws Exception {
        return CliRuns.withNewUserRubricsFolder(folder).defaultDatabase(folder.resolve("data").resolve("debtmeter.db"));
    }

    @Test
    void datesFollowTheChosenLanguage() throws Exception {
        Path db = folder.resolve("team.db");
        CliRuns runs = runs();
        assertThat(runs.run("sample", "--db", db.toString(), "--until", "2026-12-06").exitCode()).isZero();

        CliRuns.Run english = runs.run("--lang", "en", "assessments", "--db", db.toString());
        CliRuns.Run japanese = runs.run("--lang", "ja", "assessments", "--db", db.toString());

        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(japanese.exitCode()).as(japanese.err()).isZero();
        // The sample's newest assessment is dated the --until day.
        assertThat(english.out()).contains("6 Dec 2026").doesNotContain("2026年12月6日");
        assertThat(japanese.out()).contains("2026年12月6日").doesNotContain("6 Dec 2026");
    }

    @Test
    void withoutTheOptionTheLanguageChosenInTheWindowIsUsed() throws Exception {
        Path db = folder.resolve("team.db");
        CliRuns runs = runs();
        runs.run("sample", "--db", db.toString(), "--until", "2026-12-06");
        Settings.in(folder.resolve("data")).put(DisplayLanguage.SETTING, "ja");

        assertThat(runs.run("assessments", "--db", db.toString()).out()).contains("2026年12月6日");
        assertThat(runs.run("--lang", "en", "assessments", "--db", db.toString()).out()).contains("6 Dec 2026");
    }

    @Test
    void exportedReportsSpeakTheChosenLanguage() throws Exception {
        Path db = folder.resolve("team.db");
        CliRuns runs = runs();
        runs.run("sample", "--db", db.toString(), "--until", "2026-12-06");
        String id = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .readTree(runs.run("assessments", "--db", db.toString(), "--json").out()).get(0).get("id").asText();
        Path japanese = folder.resolve("ja.md");
        Path english = folder.resolve("en.md");

        assertThat(runs.run("--lang", "ja", "export", "--db", db.toString(), "--assessment", id, "--format", "md",
                "--out", japanese.toString()).exitCode()).isZero();
        assertThat(runs.run("--lang", "en", "export", "--db", db.toString(), "--assessment", id, "--format", "md",
                "--out", english.toString()).exitCode()).isZero();

        assertThat(java.nio.file.Files.readString(japanese)).contains("負債指数", "モデルの境界", "2026年12月6日")
                .doesNotContain("Debt index", "Model boundaries");
        assertThat(java.nio.file.Files.readString(english)).contains("Debt index", "Model boundaries", "6 Dec 2026")
                .doesNotContain("負債指数");
    }

    @Test
    void aLanguageDebtmeterDoesNotSpeakIsAUsageError() throws Exception {
        CliRuns.Run refused = runs().run("--lang", "de", "teams");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("'de' is not a language Debtmeter speaks; use en, ja or system");
    }
}
