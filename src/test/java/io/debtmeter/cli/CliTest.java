package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the command line in-process, as the launcher does, with captured output and a temp user folder. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Relative to the project folder, which is the working directory under Maven. */
    private static final Path DEFAULT_RUBRIC_FILE = Path.of("rubrics", "ml-technical-debt.json");

    /** The smallest valid rubric: one two-level scale, one category, one practice, two bands. */
    private static final String VALID_RUBRIC = TestRubrics.smallestValidJson("team-rubric", "1.0.0");

    /**
     * Valid JSON and schema, but wrong in meaning three times: the first item's category is unknown, band A ends at 40
     * where B starts at 50, and that item has no descriptor for level 1. The second item keeps "testing" in use.
     */
    private static final String RUBRIC_WITH_THREE_MEANING_ERRORS = TestRubrics.teamRubricJson("meaningless", "1.0.0",
            "Three mistakes", 40,
            TestRubrics.unitTestsPracticeJson("no-such-category", "[{\"value\": 0, \"descriptor\": \"No tests.\"}]"),
            """
            {"id": "keeps-testing-used", "category": "testing", "kind": "practice", "title": "Integration tests",
             "question": "Do you test the pipeline end to end?", "why": "Parts that work alone can fail together.",
             "levels": [{"value": 0, "descriptor": "No."}, {"value": 1, "descriptor": "Yes."}]}""");

    /** The comma after the version is missing, so the parser stops at the start of line 4. */
    private static final String RUBRIC_WITH_SYNTAX_ERROR_ON_LINE_4 = """
            {
              "id": "broken",
              "version": "1.0.0"
              "title": "The comma above is missing"
            }
            """;

    @TempDir
    Path tempDir;

    private Path userRubricsFolder;

    @BeforeEach
    void createUserRubricsFolder() throws IOException {
        userRubricsFolder = Files.createDirectory(tempDir.resolve("user-rubrics"));
    }

    /** Runs one command line; every run also checks that no stack trace reaches the user. */
    private Run run(String... args) {
        return CliRuns.withUserRubrics(userRubricsFolder).windowAllowed().noStackTraces().run(args);
    }

    private Path writeFile(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private Path writeTempFile(String name, String content) throws IOException {
        return writeFile(tempDir, name, content);
    }

    /** The same document with the list at {@code pointer} turned into an object of its elements: valid JSON, wrong type. */
    private static String withListTurnedIntoObject(String json, String pointer) throws IOException {
        JsonNode root = JSON.readTree(json);
        ObjectNode object = JSON.createObjectNode();
        root.at(pointer).forEach(element -> object.set("entry" + object.size(), element));
        int lastSlash = pointer.lastIndexOf('/');
        ((ObjectNode) root.at(pointer.substring(0, lastSlash))).set(pointer.substring(lastSlash + 1), object);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Wrapped body text: scale, grades, level descriptors and continuation lines (headings are not wrapped). */
    private static List<String> indentedLines(String text) {
        return text.lines().filter(line -> line.startsWith("  ")).toList();
    }

    private static String normaliseWhitespace(String text) {
        return text.replaceAll("\\s+", " ");
    }

    // ---------------------------------------------------------------------------------------
    // Top level: version, help, window

    @Test
    void versionPrintsTheProgramNameWithoutOpeningTheWindow() {
        Run run = run("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Debtmeter");
        assertThat(run.windowOpened()).isFalse();
    }

    @Test
    void helpListsTheRubricCommandAndTheExitCodes() {
        Run run = run("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("rubric", "Exit codes:", "2  invalid input", "3  a file could not be read");
        assertThat(run.windowOpened()).isFalse();
    }

    @Test
    void helpListsEverySubcommandInOrderThoughARunBuildsOnlyTheOneItNames() {
        Run run = run("--help");

        String commands = run.out().substring(run.out().indexOf("Commands:"));
        // A command's line starts two spaces in; its wrapped description is indented further.
        assertThat(commands.lines().skip(1).takeWhile(l -> !l.isBlank()).filter(l -> l.matches("  \\S.*"))
                .map(l -> l.strip().split("\\s+")[0]).toList())
                .containsExactly("rubric", "sample", "teams", "assessments", "export", "compare", "import", "copy", "score",
                        "restore");
    }

    @Test
    void noArgumentsOpensTheWindow() {
        Run run = run();

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.windowOpened()).isTrue();
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "frobnicate",
        "--frobnicate",
        "rubric",
        "rubric frobnicate",
        "rubric validate",
        "rubric validate --frobnicate x.json",
        "rubric show --width wide",
        "rubric show one two"})
    void wrongCommandLineIsAUsageErrorAndNeverOpensTheWindow(String commandLine) {
        Run run = run(commandLine.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isNotBlank();
        assertThat(run.windowOpened()).isFalse();
    }

    // ---------------------------------------------------------------------------------------
    // rubric validate

    @Test
    void validateAcceptsTheBundledDefaultRubric() {
        Run run = run("rubric", "validate", DEFAULT_RUBRIC_FILE.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(DEFAULT_RUBRIC_FILE + ": valid", "ML technical debt", "8 categories", "30 items");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateReportsASyntaxErrorWithItsLine() throws IOException {
        Path file = writeTempFile("syntax.json", RUBRIC_WITH_SYNTAX_ERROR_ON_LINE_4);

        Run run = run("rubric", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(file + ":4:", "not valid JSON", file + ": 1 problem");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validateListsEveryMeaningErrorWithItsPointer() throws IOException {
        Path file = writeTempFile("meaning.json", RUBRIC_WITH_THREE_MEANING_ERRORS);

        Run run = run("rubric", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(
                ": /items/0/category: category 'no-such-category' is not defined",
                ": /gradeBands/1/min: gap in grade bands between 40 and 50",
                ": /items/0/levels: no descriptor for level 1",
                file + ": 3 problems");
        assertThat(run.err().lines().filter(line -> line.startsWith(file + ":")).toList())
                .as("each problem on its own line, located as FILE:LINE:COLUMN")
                .hasSize(4)
                .allMatch(line -> line.matches(".*:\\d+:\\d+: /.*") || line.endsWith("3 problems"));
    }

    @Test
    void validateListsEverySchemaProblemInTheRubricsTerms() throws IOException {
        String broken = VALID_RUBRIC.replaceFirst("\"why\"", "\"wyh\"").replaceFirst("\"title\"", "\"titel\"");
        Path file = writeTempFile("misspelt.json", broken);

        Run run = run("rubric", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        // Every problem, each with the near match, and none in schema jargon.
        assertThat(run.err()).contains("has a field `wyh` that rubrics do not know; did you mean `why`?",
                "has a field `titel` that rubrics do not know; did you mean `title`?").doesNotContain("schema");
        assertThat(run.err().lines().filter(line -> line.startsWith(file + ":") && line.contains("did you mean")))
                .hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/categories", "/items", "/gradeBands", "/scale/levels", "/items/0/levels"})
    void validateReportsAnObjectWhereAListBelongsAsInvalidInput(String pointer) throws IOException {
        Path file = writeTempFile("wrong-type.json", withListTurnedIntoObject(VALID_RUBRIC, pointer));

        Run run = run("rubric", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(": " + pointer + ": ", "object found, array expected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\n"})
    void validateRejectsAnEmptyFile(String content) throws IOException {
        Path file = writeTempFile("empty.json", content);

        Run run = run("rubric", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(file.toString(), "empty");
    }

    @Test
    void validateReportsAMissingFileAsAnIoError() {
        Path missing = tempDir.resolve("missing.json");

        Run run = run("rubric", "validate", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).contains(missing + ": no such file");
    }

    @Test
    void validateReportsAFolderAsAnIoError() throws IOException {
        Path folder = Files.createDirectory(tempDir.resolve("folder.json"));

        Run run = run("rubric", "validate", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).contains(folder + ": cannot be read");
    }

    @Test
    void validateChecksEveryFileAndFailsWhenAnyIsInvalid() throws IOException {
        Path bad = writeTempFile("bad.json", RUBRIC_WITH_SYNTAX_ERROR_ON_LINE_4);
        Path good = writeTempFile("good.json", VALID_RUBRIC);

        Run run = run("rubric", "validate", bad.toString(), good.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).contains(good + ": valid", "1 items").doesNotContain(bad.toString());
        assertThat(run.err()).contains(bad + ":4:").doesNotContain(good.toString());
    }

    @Test
    void validateGivesTheWorstExitCodeWhenFilesFailDifferently() throws IOException {
        Path bad = writeTempFile("bad.json", RUBRIC_WITH_SYNTAX_ERROR_ON_LINE_4);
        Path missing = tempDir.resolve("missing.json");

        Run run = run("rubric", "validate", missing.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).contains(missing + ": no such file", bad + ":4:");
    }

    @Test
    void validateRefusesAFileOverTheSizeLimit() throws IOException {
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        Arrays.fill(fiftyMegabytes, (byte) ' ');
        byte[] validJson = "\"padded\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(validJson, 0, fiftyMegabytes, 0, validJson.length);
        Path file = Files.write(tempDir.resolve("huge.json"), fiftyMegabytes);

        Run run = run("rubric", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(file.toString(), "50.0 MB", "at most 5.0 MB");
    }

    // ---------------------------------------------------------------------------------------
    // rubric show

    @Test
    void showWithoutIdPrintsTheDefaultRubricWithItsDescriptors() throws IOException {
        JsonNode fifthItem = JSON.readTree(DEFAULT_RUBRIC_FILE.toFile()).path("items").path(4);
        String descriptor = fifthItem.path("levels").path(2).path("descriptor").asText();
        assertThat(descriptor).as("test data").isNotBlank();

        Run run = run("rubric", "show");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ML technical debt", "Best practice #5", fifthItem.path("title").asText());
        assertThat(normaliseWhitespace(run.out())).contains(normaliseWhitespace(descriptor));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void showPrintsVersionTwosPlacementRuleGuidanceEvidenceAndRangesAndTheEarlierVersionOnRequest() {
        Run run = run("rubric", "show");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("version 2.0.0", "How to place an item: Choose the highest level",
                "Scale (maturity: higher is better):", "higher is more debt", "N/A when: ", "Show: ",
                "Changed since 1.0.0: ", "(4) Less than a week [0, 7) days", "[182, …) days");

        Run earlier = run("rubric", "show", "ml-technical-debt@1.0.0");
        assertThat(earlier.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(earlier.out()).contains("version 1.0.0").doesNotContain("How to place an item", "N/A when:");

        Run missing = run("rubric", "show", "ml-technical-debt@9.9");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(missing.err()).contains("'ml-technical-debt@9.9'", "ml-technical-debt@1.0.0", "ml-technical-debt@2.0.0");
    }

    @Test
    void showWrapsTextAtTheRequestedWidth() {
        Run narrow = run("rubric", "show", "--width", "60");
        Run standard = run("rubric", "show");

        assertThat(narrow.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(indentedLines(narrow.out())).isNotEmpty().allMatch(line -> line.length() <= 60);
        assertThat(indentedLines(standard.out())).anyMatch(line -> line.length() > 60).allMatch(line -> line.length() <= 100);
    }

    @Test
    void showPrintsTheRubricNamedById() {
        Run run = run("rubric", "show", "ml-test-score");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ML Test Score").doesNotContain("ML technical debt");
    }

    @Test
    void showFindsARubricInTheUserFolder() throws IOException {
        writeFile(userRubricsFolder, "team.json", VALID_RUBRIC);

        Run run = run("rubric", "show", "team-rubric");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Team rubric", "Tests run on every change.");
    }

    @Test
    void showWithAnUnknownIdNamesTheAvailableIds() {
        Run run = run("rubric", "show", "nope");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("'nope'", "ml-technical-debt", "ml-test-score");
        assertThat(run.out()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------
    // rubric list

    @Test
    void listShowsBothBundledRubrics() {
        Run run = run("rubric", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ml-technical-debt", "ml-test-score", "(bundled)", userRubricsFolder.toString());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listIncludesAValidUserRubric() throws IOException {
        writeFile(userRubricsFolder, "team.json", VALID_RUBRIC);

        Run run = run("rubric", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().filter(line -> line.startsWith("team-rubric")))
                .singleElement().asString().contains("Team rubric", "(user)");
    }

    @Test
    void listReportsAnInvalidUserRubricAndStillListsTheOthers() throws IOException {
        Path broken = writeFile(userRubricsFolder, "broken.json", RUBRIC_WITH_THREE_MEANING_ERRORS);
        writeFile(userRubricsFolder, "team.json", VALID_RUBRIC);

        Run run = run("rubric", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ml-technical-debt", "ml-test-score", "team-rubric").doesNotContain("meaningless");
        assertThat(run.err()).contains(broken.toString(), "3 problem");
    }

    @Test
    void listSkipsAUserRubricOfTheWrongShapeAndStillListsTheOthers() throws IOException {
        Path wrongShape = writeFile(userRubricsFolder, "wrong-shape.json", withListTurnedIntoObject(VALID_RUBRIC, "/items"));
        writeFile(userRubricsFolder, "team.json", VALID_RUBRIC.replace("team-rubric", "other-team-rubric"));

        Run run = run("rubric", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ml-technical-debt", "ml-test-score", "other-team-rubric");
        assertThat(run.err()).contains("Skipped " + wrongShape);
    }
}
