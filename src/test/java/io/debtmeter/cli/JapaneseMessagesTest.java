package io.debtmeter.cli;

import io.debtmeter.core.exchange.ExchangeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With Japanese chosen, what the command line itself prints is Japanese; JSON and exit codes stay as they are. */
class JapaneseMessagesTest {

    @TempDir
    Path folder;

    private CliRuns runs() throws Exception {
        return CliRuns.withNewUserRubricsFolder(folder).defaultDatabase(folder.resolve("data").resolve("debtmeter.db"))
                .noStackTraces();
    }

    private Path sampleDatabase(CliRuns runs) {
        Path db = folder.resolve("team.db");
        assertThat(runs.run("sample", "--db", db.toString(), "--until", "2026-12-06").exitCode()).isZero();
        return db;
    }

    @Test
    void aMissingDatabaseIsToldInJapaneseWithTheSameExitCode() throws Exception {
        Path missing = folder.resolve("nowhere.db");

        CliRuns.Run run = runs().run("--lang", "ja", "teams", "--db", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).isEqualTo("debtmeter: " + missing.toAbsolutePath() + " にデータベースがありません。"
                + "--db FILE で指定してください（'debtmeter sample --db FILE' で作ることもできます）。何も作成していません。\n");
    }

    @Test
    void listingsHaveJapaneseHeadingsThatLineUpButTheirJsonKeepsItsKeys() throws Exception {
        CliRuns runs = runs();
        Path db = sampleDatabase(runs);

        CliRuns.Run teams = runs.run("--lang", "ja", "teams", "--db", db.toString());
        CliRuns.Run assessments = runs.run("--lang", "ja", "assessments", "--db", db.toString());
        CliRuns.Run json = runs.run("--lang", "ja", "teams", "--db", db.toString(), "--json");

        assertThat(teams.exitCode()).as(teams.err()).isZero();
        String[] lines = teams.out().split("\n");
        assertThat(lines[0]).isEqualTo("チーム                   ID        評価数  最新の期間  負債指数  グレード");
        assertThat(lines[1]).startsWith("Search ranking (sample)  ").contains("  2026-Q4     ");
        assertThat(assessments.out()).startsWith("ID        チーム                   日付           期間     ルーブリック")
                .contains("下書き", "確定").doesNotContain("draft", "final");
        assertThat(json.out()).contains("\"name\" : \"Search ranking (sample)\"", "\"assessments\" : 4");
    }

    @Test
    void anImportDryRunCountsInJapanese() throws Exception {
        Path file = Files.write(folder.resolve("everything.json"),
                ExchangeFixture.exportOfAFilledStore(folder.resolve("source.db")));
        Path db = folder.resolve("new.db");

        CliRuns.Run run = runs().run("--lang", "ja", "import", "--db", db.toString(), "--dry-run", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                file + ": Debtmeter test が 2026-11-26T10:00:00Z にエクスポートしたデータベース全体",
                "  チーム:      追加 2、更新 0、変更なし 0、競合 0",
                "  評価:        追加 3、更新 0、変更なし 0、競合 0",
                "  アクション:  追加 2、更新 0、変更なし 0、競合 0",
                "（--list を付けると、追加・更新する各レコードと各競合を表示します。）",
                "ドライラン: " + db + " には何も書き込んでいません。");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void problemsFoundByTheCoreAreToldInJapaneseToo() throws Exception {
        CliRuns runs = runs();
        Path newer = folder.resolve("newer.db");
        io.debtmeter.core.storage.DatabaseFiles.newerVersionFile(newer);
        Path emptyRubric = Files.writeString(folder.resolve("empty-rubric.json"), "");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode export = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(ExchangeFixture.exportOfAFilledStore(folder.resolve("source.db")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) export.get("teams").get(0).get("assessments").get(0))
                .put("date", "2026-02-30");
        Path badExport = folder.resolve("bad.json");
        json.writeValue(badExport.toFile(), export);

        CliRuns.Run database = runs.run("--lang", "ja", "sample", "--db", newer.toString());
        CliRuns.Run rubric = runs.run("--lang", "ja", "rubric", "validate", emptyRubric.toString());
        CliRuns.Run exchange = runs.run("--lang", "ja", "import", "--db", folder.resolve("new.db").toString(),
                badExport.toString());

        assertThat(database.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(database.err()).contains(newer.toAbsolutePath() + " は新しいバージョンの Debtmeter で書き込まれています"
                + "（スキーマ 999、このバージョンが扱えるのは 9 まで）。").doesNotContain("newer version");
        assertThat(rubric.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(rubric.err()).contains("ファイルが空です。ルーブリックは JSON オブジェクトです").doesNotContain("is empty");
        assertThat(exchange.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(exchange.err()).contains("/teams/0/assessments/0/date: \"2026-02-30\" は実在する日付ではありません")
                .doesNotContain("not a real date");
        assertThat(folder.resolve("new.db")).doesNotExist();
    }

    @Test
    void anExportThatCannotBeWrittenIsToldInJapanese() throws Exception {
        CliRuns runs = runs();
        Path db = sampleDatabase(runs);
        Path existing = Files.writeString(folder.resolve("scores.csv"), "kept");

        CliRuns.Run exists = runs.run("--lang", "ja", "export", "--db", db.toString(), "--team", "Search ranking (sample)",
                "--format", "csv", "--out", existing.toString());
        CliRuns.Run everythingAsPdf = runs.run("--lang", "ja", "export", "--db", db.toString(), "--all", "--format", "pdf",
                "--out", folder.resolve("all.pdf").toString());

        assertThat(exists.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(exists.err()).startsWith("debtmeter: " + existing.toAbsolutePath() + " はすでにあります")
                .doesNotContain("already exists");
        assertThat(existing).hasContent("kept");
        assertThat(everythingAsPdf.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(everythingAsPdf.err()).isEqualTo("debtmeter: PDF は 1 件の評価、1 チーム、または比較が対象です。"
                + "全チームをまとめてエクスポートするには json、csv、md のいずれかを使ってください。\n");
    }

    @Test
    void picocliUsageErrorsAreToldInJapaneseNamingTheArgumentWithAHintToTheHelp() throws Exception {
        CliRuns runs = runs();

        CliRuns.Run unknown = runs.run("--lang", "ja", "teams", "--colour");
        CliRuns.Run format = runs.run("--lang", "ja", "export", "--all", "--format", "xls", "--out", "x");
        CliRuns.Run number = runs.run("--lang", "ja", "sample", "--db", "x.db", "--teams", "many");
        CliRuns.Run missing = runs.run("--lang", "ja", "compare", "3f2a");

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).isEqualTo("debtmeter: 不明なオプションです: '--colour'\n"
                + "詳しくは 'debtmeter teams --help' を参照してください。\n");
        assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(format.err()).contains("オプション '--format' の値 'xls' は使えません。pdf、json、csv、md のいずれか");
        assertThat(number.err()).contains("オプション '--teams' の値 'many' は数値ではありません");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("必須の指定がありません: ID2", "'debtmeter compare --help'");
        // English stays as picocli prints it.
        assertThat(runs.run("--lang", "en", "teams", "--colour").err()).startsWith("Unknown option: '--colour'");
    }

    @Test
    void ourOwnUsageErrorsAndALanguageWeDoNotSpeak() throws Exception {
        CliRuns runs = runs();

        CliRuns.Run noDb = runs.run("--lang", "ja", "sample");
        CliRuns.Run german = runs.run("--lang", "ja", "teams", "--lang", "de");

        assertThat(noDb.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noDb.err()).startsWith("debtmeter: --db FILE がありません。サンプルデータは専用のデータベースに入れ");
        assertThat(german.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void compareSpeaksJapaneseInTextAndEnglishKeysInJson() throws Exception {
        CliRuns runs = runs();
        Path db = sampleDatabase(runs);
        com.fasterxml.jackson.databind.JsonNode listed = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(runs.run("assessments", "--db", db.toString(), "--json").out());
        String newest = listed.get(0).get("id").asText();
        String oldest = listed.get(listed.size() - 1).get("id").asText();

        CliRuns.Run text = runs.run("--lang", "ja", "compare", oldest, newest, "--db", db.toString());
        CliRuns.Run json = runs.run("--lang", "ja", "compare", oldest, newest, "--db", db.toString(), "--format", "json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("変更前: Search ranking (sample)、2026-Q1（2026年3月6日、ml-technical-debt 2.0.0）")
                .contains("負債指数: 74.2 -> 41.2", "カテゴリ（成熟度 %）", "▼ 改善した項目（", "モデルの境界")
                .doesNotContain("Before:", "Debt index", "unchanged", "Model boundaries");
        assertThat(json.out()).contains("\"debtIndex\"").doesNotContain("負債指数");
    }

    @Test
    void rubricShowPrintsTheJapaneseRubricWithJapaneseLabels() throws Exception {
        CliRuns runs = runs();
        CliRuns.Run japanese = runs.run("--lang", "ja", "rubric", "show");
        CliRuns.Run english = runs.run("--lang", "en", "rubric", "show");

        assertThat(japanese.exitCode()).as(japanese.err()).isZero();
        assertThat(japanese.out()).contains("— バージョン ", "尺度（成熟度。高いほど良い）:", "グレード（負債指数）:",
                "質問: ", "理由: ", "モデルの境界").doesNotContain("Why: ", "Grades (debt index):", "Model boundaries");
        assertThat(english.out()).contains("Grades (debt index):", "Why: ", "Model boundaries").doesNotContain("理由: ");
        // Wrapped to the width in terminal columns: a Japanese character takes two.
        assertThat(japanese.out().lines().mapToInt(TerminalText::width).max().orElseThrow()).isLessThanOrEqualTo(100);
    }
}
