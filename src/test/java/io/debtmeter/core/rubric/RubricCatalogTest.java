package io.debtmeter.core.rubric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.debtmeter.testsupport.TestRubrics.smallestValidJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RubricCatalogTest {

    /** The repository folder whose files ship inside the jar; Maven runs tests from the project folder. */
    private static final Path REPO_RUBRICS_FOLDER = Path.of("rubrics");

    @TempDir
    Path userFolder;

    private final RubricLoader loader = new RubricLoader();

    private Path writeUserFile(String name, String content) throws IOException {
        return Files.writeString(userFolder.resolve(name), content);
    }

    private RubricCatalog.Contents load() {
        return new RubricCatalog(loader, userFolder).load();
    }

    private static List<String> ids(RubricCatalog.Contents contents) {
        return contents.entries().stream().map(entry -> entry.rubric().id()).toList();
    }

    private static int lineContaining(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains " + fragment);
    }

    @Test
    void bundledRubricsLoadWithBundledOriginAndResourceLocation() {
        RubricCatalog.Contents contents = load();

        assertThat(contents.failures()).isEmpty();
        assertThat(contents.entries())
                .extracting(entry -> entry.rubric().id(), CatalogEntry::origin, CatalogEntry::location)
                .containsExactly(
                        tuple("ml-technical-debt", RubricOrigin.BUNDLED, "rubrics/ml-technical-debt-1.0.0.json"),
                        tuple("ml-technical-debt", RubricOrigin.BUNDLED, "rubrics/ml-technical-debt.json"),
                        tuple("ml-test-score", RubricOrigin.BUNDLED, "rubrics/ml-test-score.json"));
    }

    @Test
    void defaultRubricIsTheBundledTechnicalDebtRubricWithAllItsItems() {
        CatalogEntry entry = load().find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow();

        assertThat(entry.origin()).isEqualTo(RubricOrigin.BUNDLED);
        assertThat(entry.rubric().title()).isEqualTo("ML technical debt");
        assertThat(entry.rubric().items()).hasSize(30);
        assertThat(entry.rubric().categories()).hasSize(8);
        assertThat(load().find("ml-test-score").orElseThrow().rubric().items()).hasSize(28);
    }

    /**
     * The catalog reads the bundled rubrics without the schema (RubricCatalog.loadBundled): this is
     * the check it relies on, made on the copies the application carries, not the repository's.
     */
    @Test
    void eachBundledRubricAsPackagedPassesTheSchemaAndReadsTheSameWithoutIt() throws Exception {
        for (String file : RubricCatalog.BUNDLED_FILES) {
            byte[] packaged;
            try (var in = RubricCatalog.class.getResourceAsStream("/rubrics/" + file)) {
                assertThat(in).as(file).isNotNull();
                packaged = in.readAllBytes();
            }

            assertThat(loader.problems(file, packaged)).as(file).isEmpty();
            assertThat(loader.parseVerified(file, packaged)).as(file).isEqualTo(loader.parse(file, packaged));
            assertThat(load().entries()).anySatisfy(entry ->
                    assertThat(entry.rubric()).isEqualTo(loader.parse(file, packaged)));
        }
    }

    @Test
    void bundledFilesListMatchesTheRubricsFolderOfTheRepository() throws IOException {
        List<String> rubricFilesInFolder;
        try (Stream<Path> files = Files.list(REPO_RUBRICS_FOLDER)) {
            rubricFilesInFolder = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .filter(name -> !name.equals("rubric.schema.json"))
                    .toList();
        }

        assertThat(RubricCatalog.BUNDLED_FILES).containsExactlyInAnyOrderElementsOf(rubricFilesInFolder);
    }

    @Test
    void missingUserFolderGivesOnlyTheBundledRubrics() {
        RubricCatalog.Contents contents = new RubricCatalog(loader, userFolder.resolve("does-not-exist")).load();

        assertThat(ids(contents)).containsExactly("ml-technical-debt", "ml-technical-debt", "ml-test-score");
        assertThat(contents.failures()).isEmpty();
    }

    @Test
    void validUserFileIsAddedWithUserOriginAndItsPathAsLocation() throws IOException {
        Path file = writeUserFile("team.json", smallestValidJson("team-rubric", "1.0.0"));

        RubricCatalog.Contents contents = load();

        assertThat(contents.failures()).isEmpty();
        CatalogEntry entry = contents.find("team-rubric").orElseThrow();
        assertThat(entry.origin()).isEqualTo(RubricOrigin.USER);
        assertThat(entry.location()).isEqualTo(file.toString());
        assertThat(entry.rubric().items()).hasSize(1);
    }

    @Test
    void onlyJsonFilesInTheUserFolderAreRead() throws IOException {
        writeUserFile("notes.txt", "not a rubric");
        writeUserFile("team.json.bak", "{");

        RubricCatalog.Contents contents = load();

        assertThat(ids(contents)).containsExactly("ml-technical-debt", "ml-technical-debt", "ml-test-score");
        assertThat(contents.failures()).isEmpty();
    }

    @Test
    void brokenUserFileIsReportedWithLocatedProblemsAndTheValidOnesStillLoad() throws IOException {
        String broken = smallestValidJson("broken-rubric", "1.0.0", "no-such-category");
        Path brokenFile = writeUserFile("broken.json", broken);
        writeUserFile("team.json", smallestValidJson("team-rubric", "1.0.0"));

        RubricCatalog.Contents contents = load();

        assertThat(ids(contents)).containsExactly("ml-technical-debt", "ml-technical-debt", "ml-test-score", "team-rubric");
        assertThat(contents.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(brokenFile.toString());
            // The only item points elsewhere, so 'testing' is also reported as a category without items.
            assertThat(failure.problems()).extracting(RubricProblem::pointer)
                    .containsExactly("/categories/0", "/items/0/category");
            assertThat(failure.problems()).allSatisfy(problem -> {
                assertThat(problem.source()).isEqualTo(brokenFile.toString());
                assertThat(problem.line()).isPositive();
                assertThat(problem.column()).isPositive();
            });
            RubricProblem unknownCategory = failure.problems().get(1);
            assertThat(unknownCategory.line()).isEqualTo(lineContaining(broken, "no-such-category"));
            assertThat(unknownCategory.message()).contains("no-such-category");
        });
    }

    @Test
    void userFileWithAnObjectWhereAListBelongsIsAFailureNotACrash() throws IOException {
        String categoriesAsObject = smallestValidJson("wrong-type", "1.0.0").replace(
                "\"categories\": [{\"id\": \"testing\", \"title\": \"Testing\", \"weight\": 1}]",
                "\"categories\": {\"testing\": {\"id\": \"testing\", \"title\": \"Testing\", \"weight\": 1}}");
        assertThat(categoriesAsObject).as("test data").contains("\"categories\": {");
        Path file = writeUserFile("wrong-type.json", categoriesAsObject);
        writeUserFile("team.json", smallestValidJson("team-rubric", "1.0.0"));

        RubricCatalog.Contents contents = load();

        assertThat(ids(contents)).containsExactly("ml-technical-debt", "ml-technical-debt", "ml-test-score", "team-rubric");
        assertThat(contents.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(file.toString());
            assertThat(failure.problems()).extracting(RubricProblem::pointer).contains("/categories");
        });
    }

    @Test
    void userFileWithJsonSyntaxErrorIsReportedWithItsLine() throws IOException {
        Path file = writeUserFile("syntax.json", """
                {
                  "id": "syntax",
                  "version": "1.0.0"
                  "title": "The comma above is missing"
                }
                """);

        RubricCatalog.Contents contents = load();

        assertThat(ids(contents)).containsExactly("ml-technical-debt", "ml-technical-debt", "ml-test-score");
        assertThat(contents.failures()).singleElement().satisfies(failure ->
                assertThat(failure.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.source()).isEqualTo(file.toString());
                    assertThat(problem.line()).isEqualTo(4);
                    assertThat(problem.message()).startsWith("not valid JSON");
                }));
    }

    @Test
    void userFileReusingABundledIdAndVersionIsAClashNotAnEntry() throws IOException {
        Path file = writeUserFile("copy.json", smallestValidJson(RubricCatalog.DEFAULT_RUBRIC_ID, "1.0.0"));

        RubricCatalog.Contents contents = load();

        assertThat(contents.entries()).extracting(CatalogEntry::origin).containsOnly(RubricOrigin.BUNDLED);
        assertThat(contents.find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().origin()).isEqualTo(RubricOrigin.BUNDLED);
        assertThat(contents.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(file.toString());
            assertThat(failure.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.pointer()).isEqualTo("/version");
                assertThat(problem.message()).contains(RubricCatalog.DEFAULT_RUBRIC_ID, "1.0.0", "already provided");
            });
        });
    }

    @Test
    void twoUserFilesWithTheSameIdAndVersionKeepTheFirstAndReportTheSecond() throws IOException {
        writeUserFile("a.json", smallestValidJson("team-rubric", "1.0.0"));
        Path second = writeUserFile("b.json", smallestValidJson("team-rubric", "1.0.0"));

        RubricCatalog.Contents contents = load();

        assertThat(ids(contents)).containsExactly("ml-technical-debt", "ml-technical-debt", "ml-test-score", "team-rubric");
        assertThat(contents.failures()).extracting(InvalidRubricException::source).containsExactly(second.toString());
    }

    @Test
    void findReturnsTheUserRubricWhenItHasTheSameIdAndANewerVersion() throws IOException {
        Path file = writeUserFile("newer.json", smallestValidJson(RubricCatalog.DEFAULT_RUBRIC_ID, "3.0.0"));

        RubricCatalog.Contents contents = load();

        assertThat(contents.failures()).isEmpty();
        assertThat(contents.entries()).hasSize(4);
        CatalogEntry found = contents.find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow();
        assertThat(found.origin()).isEqualTo(RubricOrigin.USER);
        assertThat(found.location()).isEqualTo(file.toString());
        assertThat(found.rubric().version()).isEqualTo("3.0.0");
    }

    @Test
    void findReturnsEmptyForAnUnknownId() {
        assertThat(load().find("no-such-rubric")).isEmpty();
    }

    @Test
    void aFileAddedToTheUserFolderShowsUpOnTheNextLoad() throws IOException {
        RubricCatalog catalog = new RubricCatalog(loader, userFolder);
        assertThat(catalog.load().find("team-rubric")).isEmpty();

        writeUserFile("team.json", smallestValidJson("team-rubric", "1.0.0"));

        assertThat(catalog.load().find("team-rubric")).isPresent();
    }
}
