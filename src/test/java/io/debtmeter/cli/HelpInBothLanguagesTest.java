package io.debtmeter.cli;

import io.debtmeter.core.platform.DisplayLanguage;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help of every command in Japanese and in English: {@code --lang ja} gives the Japanese we wrote,
 * with no English word left in it but the names a user types or reads in files (options, commands,
 * placeholders, format names, file names: taken from the command tree itself where it can), and
 * {@code --lang en} the English one, untouched by Japanese.
 */
class HelpInBothLanguagesTest {

    /** Each command line's Japanese description, as written in cli_ja.properties (its start). */
    private static final Map<String, String> JAPANESE = new LinkedHashMap<>();
    /** And the English one. */
    private static final Map<String, String> ENGLISH = new LinkedHashMap<>();

    static {
        expect("", "機械学習の技術的負債を測り、返済していくためのツール。", "Measure and pay down machine-learning technical debt.");
        expect("rubric", "ルーブリックファイルの検証と表示。", "Check and read rubric files.");
        expect("rubric validate", "ルーブリックファイルを検証。", "Check rubric files;");
        expect("rubric show", "ルーブリックを読みやすいテキストで表示", "Print a rubric as readable text");
        expect("rubric list", "使えるルーブリックを一覧", "List available rubrics");
        expect("sample", "現実的なサンプルチームをデータベースに作成", "Fill a database with realistic sample teams");
        expect("teams", "チームを一覧：名前、ID、評価の件数", "List the teams: name, id, number of assessments");
        expect("assessments", "評価を一覧（チームは名前順", "List assessments, teams by name");
        expect("export", "評価、チーム、またはすべてをファイルにエクスポート", "Export an assessment, a team or everything");
        expect("compare", "2 件の評価を比較", "Compare two assessments");
        expect("import", "交換ファイル（評価、チーム、またはデータベース", "Merge a Debtmeter JSON exchange file");
        expect("copy", "あるデータベースの内容をすべて別のデータベースにコピー", "Copy everything from one database to another");
        expect("score", "交換ファイルにあるすべての評価を", "Score every assessment in a Debtmeter JSON");
        expect("restore", "データベースをバックアップで置き換え", "Put a backup in place of the database");
    }

    /** Names a user meets as they are, which no command tree lists: products, file formats, tools. */
    private static final Set<String> NAMES = Set.of("debtmeter", "jq", "json", "csv", "md", "pdf", "utf", "bom",
            "excel", "markdown", "wiki", "gtk", "utc", "us", "letter", "cr", "wal", "shm", "command");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern WIDE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    @TempDir
    Path folder;

    private static void expect(String command, String japanese, String english) {
        JAPANESE.put(command, japanese);
        ENGLISH.put(command, english);
    }

    private CliRuns runs() throws Exception {
        return CliRuns.withNewUserRubricsFolder(folder).defaultDatabase(folder.resolve("data").resolve("debtmeter.db"));
    }

    private static String[] helpOf(String language, String command) {
        List<String> args = new ArrayList<>(List.of("--lang", language));
        if (!command.isEmpty()) {
            args.addAll(List.of(command.split(" ")));
        }
        args.add("--help");
        return args.toArray(String[]::new);
    }

    /** Wrapped lines joined again: Japanese breaks anywhere, English at spaces. */
    private static String unwrapped(String help) {
        return help.replaceAll("\\R\\s*(?=\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}|[（）、。])", "")
                .replaceAll("\\R\\s+", " ");
    }

    @Test
    void everyCommandIsChecked() {
        List<String> commands = new ArrayList<>();
        collect(commandTree("en").getCommandSpec(), commands);

        assertThat(commands).containsExactlyInAnyOrderElementsOf(JAPANESE.keySet());
    }

    @Test
    void japaneseHelpIsOurJapaneseWithNoEnglishWordButNames() throws Exception {
        CliRuns runs = runs();
        Set<String> names = namesInTheCommandTree();
        for (String command : JAPANESE.keySet()) {
            CliRuns.Run help = runs.run(helpOf("ja", command));

            assertThat(help.exitCode()).as(command).isZero();
            assertThat(unwrapped(help.out())).as(command).contains(JAPANESE.get(command)).contains("使い方: debtmeter");
            assertThat(englishWordsIn(help.out(), names)).as("English words in 'debtmeter %s --help' in Japanese:%n%s",
                    command, help.out()).isEmpty();
        }
        assertThat(runs.run(helpOf("ja", "")).out()).contains("コマンド:", "終了コード:", "例:",
                "このヘルプを表示して終了。");
    }

    @Test
    void englishHelpIsTheEnglishOneWithoutJapanese() throws Exception {
        CliRuns runs = runs();
        for (String command : ENGLISH.keySet()) {
            CliRuns.Run help = runs.run(helpOf("en", command));

            assertThat(help.exitCode()).as(command).isZero();
            assertThat(unwrapped(help.out())).as(command).contains(ENGLISH.get(command)).contains("Usage: debtmeter");
            assertThat(WIDE.matcher(help.out()).find()).as("Japanese in 'debtmeter %s --help' in English", command)
                    .isFalse();
        }
    }

    @Test
    void theLanguageChosenInTheWindowAloneGivesJapaneseHelp() throws Exception {
        CliRuns runs = runs();
        Settings.in(folder.resolve("data")).put(DisplayLanguage.SETTING, "ja");

        assertThat(runs.run("--help").out()).contains("機械学習の技術的負債を測り").doesNotContain("Measure and pay down");
        assertThat(runs.run("teams", "--help").out()).contains("チームを一覧");
        assertThat(runs.run("--lang", "en", "teams", "--help").out()).contains("List the teams")
                .doesNotContain("チームを一覧");
    }

    @Test
    void everyOptionAndParameterIsDescribedInBothLanguages() {
        for (String language : List.of("en", "ja")) {
            List<CommandSpec> specs = new ArrayList<>();
            collectSpecs(commandTree(language).getCommandSpec(), specs);
            for (CommandSpec spec : specs) {
                assertThat(String.join("", spec.usageMessage().description())).as("%s %s", language, spec.qualifiedName())
                        .isNotBlank();
                for (ArgSpec arg : spec.args()) {
                    assertThat(String.join("", arg.description())).as("%s %s %s", language, spec.qualifiedName(),
                            arg.paramLabel()).isNotBlank();
                }
            }
        }
    }

    /** The English words of 3 letters or more in a help text that are not names; file names and paths are skipped. */
    private static Set<String> englishWordsIn(String help, Set<String> names) {
        Set<String> words = new TreeSet<>();
        for (String token : help.split("[\\s　]+")) {
            if (token.contains(".") || token.contains("/")) {
                continue;
            }
            Matcher word = WORD.matcher(token);
            while (word.find()) {
                if (!names.contains(word.group().toLowerCase(Locale.ROOT))) {
                    words.add(word.group());
                }
            }
        }
        return words;
    }

    /** Command names, option names, placeholders, default values and the values an option takes, in lower case. */
    private Set<String> namesInTheCommandTree() {
        Set<String> names = new TreeSet<>(NAMES);
        List<CommandSpec> specs = new ArrayList<>();
        collectSpecs(commandTree("ja").getCommandSpec(), specs);
        for (CommandSpec spec : specs) {
            addWords(names, spec.name());
            for (ArgSpec arg : spec.args()) {
                addWords(names, arg.paramLabel());
                addWords(names, arg.defaultValue());
                if (arg instanceof OptionSpec option) {
                    for (String name : option.names()) {
                        addWords(names, name);
                    }
                }
                if (arg.completionCandidates() != null) {
                    arg.completionCandidates().forEach(value -> addWords(names, value));
                }
            }
        }
        return names;
    }

    private static void addWords(Set<String> names, String text) {
        if (text == null) {
            return;
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            names.add(word.group().toLowerCase(Locale.ROOT));
        }
    }

    private CommandLine commandTree(String language) {
        RubricLoader loader = new RubricLoader();
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        CliContext context = new CliContext(loader, new RubricCatalog(loader, folder), nowhere, nowhere,
                SqliteAssessmentStore::open, folder.resolve("data").resolve("debtmeter.db"));
        return DebtmeterCommand.create(context, () -> { }, new String[] {"--lang", language});
    }

    private static void collect(CommandSpec spec, List<String> commands) {
        commands.add(spec.qualifiedName(" ").replaceFirst("^debtmeter ?", ""));
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), commands));
    }

    private static void collectSpecs(CommandSpec spec, List<CommandSpec> specs) {
        specs.add(spec);
        spec.subcommands().values().forEach(sub -> collectSpecs(sub.getCommandSpec(), specs));
    }
}
