package io.debtmeter.core.rubric;

import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.Rubric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RubricLoaderTest {

    /** A minimal valid rubric, laid out so that each value's line is known. */
    static final String VALID = """
            {
              "id": "tiny",
              "version": "1.0",
              "title": "Tiny",
              "scale": {"levels": [{"value": 0, "label": "No"}, {"value": 1, "label": "Yes"}]},
              "aggregation": {"rule": "weakest-category"},
              "gradeBands": [
                {"label": "Good", "min": 0, "max": 50, "meaning": "little debt"},
                {"label": "Bad", "min": 50, "max": 100, "meaning": "much debt"}
              ],
              "categories": [{"id": "c1", "title": "One", "weight": 2}],
              "items": [
                {"id": "p1", "category": "c1", "kind": "practice", "title": "P", "question": "Q?", "why": "W",
                 "weight": 3, "levels": [{"value": 1, "descriptor": "done"}, {"value": 0, "descriptor": "not done"}]},
                {"id": "l1", "category": "c1", "kind": "litmus", "title": "L", "question": "Q?", "why": "W",
                 "options": [{"id": "yes", "label": "Yes", "score": 1}, {"id": "no", "label": "No", "score": 0}]}
              ]
            }
            """;

    private final RubricLoader loader = new RubricLoader();

    @TempDir
    Path folder;

    @Test
    void mapsEveryFieldOfAValidRubric() throws Exception {
        Rubric rubric = loader.parse("tiny.json", bytes(VALID));

        assertThat(rubric.id()).isEqualTo("tiny");
        assertThat(rubric.version()).isEqualTo("1.0");
        assertThat(rubric.aggregation()).isEqualTo(AggregationRule.WEAKEST_CATEGORY);
        assertThat(rubric.scale().min()).isEqualTo(0.0);
        assertThat(rubric.scale().max()).isEqualTo(1.0);
        assertThat(rubric.categories().get(0).weight()).isEqualTo(2.0);
        assertThat(rubric.gradeFor(50.0).orElseThrow().label()).isEqualTo("Bad");
        assertThat(rubric.gradeFor(100.0).orElseThrow().label()).isEqualTo("Bad");
        var practice = rubric.item("p1").orElseThrow();
        assertThat(practice.kind()).isEqualTo(ItemKind.PRACTICE);
        assertThat(practice.weight()).isEqualTo(3.0);
        // Levels come back sorted by value whatever the file's order.
        assertThat(practice.levels()).extracting(l -> l.descriptor()).containsExactly("not done", "done");
        var litmus = rubric.item("l1").orElseThrow();
        assertThat(litmus.weight()).isEqualTo(1.0);
        assertThat(litmus.option("no").orElseThrow().score()).isEqualTo(0.0);
    }

    @Test
    void bundledRubricsAreValid() throws Exception {
        for (String file : RubricCatalog.BUNDLED_FILES) {
            assertThat(loader.load(Path.of("rubrics", file)).items()).isNotEmpty();
        }
    }

    @Test
    void syntaxErrorIsLocatedByLineAndColumn() {
        String broken = VALID.replace("\"title\": \"Tiny\",", "\"title\": \"Tiny\" oops,");

        List<RubricProblem> problems = problemsOf(broken);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(4);
        assertThat(problems.get(0).message()).startsWith("not valid JSON");
    }

    @Test
    void truncatedFileIsReportedAsInvalidJson() {
        List<RubricProblem> problems = problemsOf(VALID.substring(0, VALID.length() / 2));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("not valid JSON").endsWith("(is the file cut short?)");
            assertThat(p.line()).isGreaterThan(1);
        });
    }

    @Test
    void duplicateKeyIsAnError() {
        List<RubricProblem> problems = problemsOf(VALID.replace("\"version\": \"1.0\",", "\"version\": \"1.0\", \"id\": \"again\","));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("not valid JSON: the key \"id\" appears twice in the same object");
            assertThat(p.pointer()).isEqualTo("/id");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void anIdWithALineEndAfterItIsRefused() {
        // Java's "$" also matches before a final line end; the schema's id pattern must not let one through.
        List<RubricProblem> problems = problemsOf(VALID.replace("\"id\": \"tiny\"", "\"id\": \"tiny\\n\""));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/id"));
    }

    @Test
    void emptyAndBlankFilesSayTheyAreEmpty() {
        assertThat(problemsOf("")).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(problemsOf("  \n\t ")).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
    }

    @Test
    void notAnObjectIsReportedAtTheDocument() {
        assertThat(problemsOf("[1, 2]")).anySatisfy(p -> {
            assertThat(p.pointer()).isEmpty();
            assertThat(p.message()).contains("object");
        });
    }

    @Test
    void binaryContentIsReportedNotThrown() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        assertThat(loader.problems("image.png", binary)).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid JSON"));
    }

    @Test
    void wrongTypesUnknownFieldsAndMissingFieldsAreEachLocated() {
        String broken = VALID
                .replace("\"version\": \"1.0\",", "\"version\": 1,")                       // line 3: wrong type
                .replace("\"weight\": 2}", "\"weight\": 2, \"colour\": \"red\"}")           // line 11: unknown field
                .replace("\"title\": \"L\", \"question\": \"Q?\",", "\"title\": \"L\",");   // line 15: missing question

        List<RubricProblem> problems = problemsOf(broken);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/version");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("string");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/categories/0/colour");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("colour");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/items/1");
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.message()).contains("question");
        });
    }

    @Test
    void everyMeaningErrorIsReportedInOneRun() {
        String broken = VALID
                .replace("\"id\": \"l1\", \"category\": \"c1\"", "\"id\": \"p1\", \"category\": \"c9\"")
                .replace("{\"value\": 0, \"descriptor\": \"not done\"}", "{\"value\": 2, \"descriptor\": \"off scale\"}")
                .replace("\"score\": 0}", "\"score\": 7}")
                .replace("\"min\": 50, \"max\": 100", "\"min\": 60, \"max\": 100");

        List<RubricProblem> problems = problemsOf(broken);

        assertThat(problems).extracting(RubricProblem::pointer, RubricProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("/items/1/id", "duplicate item id 'p1'"),
                org.assertj.core.groups.Tuple.tuple("/items/1/category", "category 'c9' is not defined in /categories"),
                org.assertj.core.groups.Tuple.tuple("/items/0/levels/1/value", "level 2 is not on the scale [0, 1]"),
                org.assertj.core.groups.Tuple.tuple("/items/0/levels", "no descriptor for level 0 (No)"),
                org.assertj.core.groups.Tuple.tuple("/items/1/options/1/score", "score 7 is outside the scale (0 to 1)"),
                org.assertj.core.groups.Tuple.tuple("/gradeBands/1/min", "gap in grade bands between 50 and 60"));
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void overlappingBandsAndBandsNotCovering0To100AreErrors() {
        String overlapping = VALID.replace("\"min\": 50, \"max\": 100", "\"min\": 40, \"max\": 100");
        String shortOfBothEnds = VALID.replace("\"min\": 0, \"max\": 50", "\"min\": 5, \"max\": 50")
                .replace("\"min\": 50, \"max\": 100", "\"min\": 50, \"max\": 95");
        String inverted = VALID.replace("\"min\": 0, \"max\": 50", "\"min\": 50, \"max\": 0");

        assertThat(problemsOf(overlapping)).extracting(RubricProblem::message)
                .containsExactly("grade bands overlap between 40 and 50");
        assertThat(problemsOf(shortOfBothEnds)).extracting(RubricProblem::message).containsExactly(
                "grade bands must start at 0, the lowest starts at 5",
                "grade bands must end at 100, the highest ends at 95");
        assertThat(problemsOf(inverted)).extracting(RubricProblem::message).contains("min 50 must be below max 0");
    }

    @Test
    void weightsMustBePositive() {
        List<RubricProblem> problems = problemsOf(VALID.replace("\"weight\": 2}", "\"weight\": 0}")
                .replace("\"weight\": 3,", "\"weight\": -1,"));

        assertThat(problems).extracting(RubricProblem::pointer).containsExactly("/categories/0/weight", "/items/0/weight");
    }

    @Test
    void aPracticeNeedsLevelsAndALitmusQuestionNeedsOptions() {
        String swapped = VALID.replace("\"kind\": \"practice\"", "\"kind\": \"litmus\"")
                .replace("\"kind\": \"litmus\", \"title\": \"L\"", "\"kind\": \"practice\", \"title\": \"L\"");

        List<RubricProblem> problems = problemsOf(swapped);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/items/0");
            assertThat(p.message()).contains("options");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/items/1");
            assertThat(p.message()).contains("levels");
        });
    }

    @Test
    void aMisspeltFieldIsToldInTheRubricsTermsWithTheNearMatch() {
        // Issue 19: "property 'wieght' is not defined in the schema".
        String broken = VALID.replace("\"weight\": 3, \"levels\"", "\"wieght\": 3, \"levels\"")
                .replace("{\"value\": 0, \"descriptor\": \"not done\"}", "{\"value\": 0, \"descriptor\": \"not done\", \"note\": \"x\"}")
                .replace("\"title\": \"L\", \"question\": \"Q?\",", "\"title\": \"L\",");

        List<RubricProblem> problems = problemsOf(broken);

        assertThat(problems).extracting(RubricProblem::pointer, RubricProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("/items/0/wieght",
                        "item `p1` has a field `wieght` that rubrics do not know; did you mean `weight`?"),
                org.assertj.core.groups.Tuple.tuple("/items/1", "item `l1` is missing `question`"));
        // "note" is near no name of a level: the allowed ones are listed instead.
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/items/0/levels/1/note");
            assertThat(p.message()).isEqualTo("level 0 of item `p1` has a field `note` that rubrics do not know;"
                    + " the fields it can have are value, descriptor, evidence");
        });
        // The line of the misspelt key, for an editor: line 14 holds item p1's weight and levels.
        assertThat(problems).filteredOn(p -> p.pointer().equals("/items/0/wieght")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(14));
        assertThat(problems).extracting(RubricProblem::message).noneMatch(m -> m.contains("schema"));
    }

    @Test
    void aWrongTypeNamesTheFieldAndItsItem() {
        String broken = VALID.replace("\"weight\": 3, \"levels\"", "\"weight\": \"heavy\", \"levels\"");

        assertThat(problemsOf(broken)).extracting(RubricProblem::pointer, RubricProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("/items/0/weight", "`weight` of item `p1`: string found, number expected"));
    }

    @Test
    void nearMatchesAreSlipsNotGuesses() {
        List<String> itemFields = List.of("id", "category", "kind", "title", "question", "why", "weight", "levels");
        assertThat(RubricTerms.nearest("wieght", itemFields)).contains("weight");
        assertThat(RubricTerms.nearest("titel", itemFields)).contains("title");
        assertThat(RubricTerms.nearest("Levels", itemFields)).contains("levels");
        // Two edits in a two-letter name is another word, not a slip.
        assertThat(RubricTerms.nearest("ix", List.of("id", "kind"))).contains("id");
        assertThat(RubricTerms.nearest("colour", itemFields)).isEmpty();
        assertThat(RubricTerms.distance("wieght", "weight")).isEqualTo(1);
    }

    @Test
    void categoryWithoutItemsIsAnError() {
        String extra = VALID.replace("\"weight\": 2}]", "\"weight\": 2}, {\"id\": \"c2\", \"title\": \"Two\", \"weight\": 1}]");

        assertThat(problemsOf(extra)).extracting(RubricProblem::pointer, RubricProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/categories/1", "category 'c2' has no items"));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutBeingRead() throws IOException {
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        InvalidRubricException error = catchThrowableOfType(() -> loader.load(huge), InvalidRubricException.class);

        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(huge.toString());
            assertThat(p.message()).isEqualTo("the file is 50.0 MB (52,428,800 bytes); a rubric file may be at most"
                    + " 5.0 MB (5,242,880 bytes)");
        });
    }

    @Test
    void anOversizedStreamIsRefused() {
        byte[] big = new byte[(int) RubricLoader.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');

        assertThatThrownBy(() -> loader.load("stream", new java.io.ByteArrayInputStream(big)))
                .isInstanceOf(InvalidRubricException.class)
                .satisfies(e -> assertThat(((InvalidRubricException) e).problems().get(0).message()).contains("larger than 5.0 MB"));
    }

    @Test
    void problemsNameTheFileAndReadLikeCompilerErrors() throws IOException {
        Path file = folder.resolve("mine.json");
        Files.writeString(file, VALID.replace("\"rule\": \"weakest-category\"", "\"rule\": \"median\""));

        InvalidRubricException error = catchThrowableOfType(() -> loader.load(file), InvalidRubricException.class);

        assertThat(error.problems()).singleElement().satisfies(p -> assertThat(p.describe())
                .startsWith(file + ":6:")
                .contains("/aggregation/rule: ")
                .contains("weighted-mean"));
    }

    private List<RubricProblem> problemsOf(String json) {
        return loader.problems("test.json", bytes(json));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
