package io.debtmeter.core.rubric;

import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Item;
import io.debtmeter.model.OptionRange;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The optional fields of rubric format 2 (issue 20): read, written back, and checked by the validator. */
class RubricGuidanceFieldsTest {

    /** The tiny rubric with every new field, l1 measured in days: [0, 7), [7, open). */
    private static String withGuidance(String ranges) {
        return TestRubrics.TINY
                .replace("\"title\": \"Tiny\",", "\"title\": \"Tiny\", \"placementRule\": \"Pick the highest true level.\","
                        + " \"previousVersion\": \"0.9\",")
                .replace("\"title\": \"P1\", \"question\": \"Q1?\", \"why\": \"W\",",
                        "\"title\": \"P1\", \"question\": \"Q1?\", \"why\": \"W\", \"notApplicableWhen\": \"No models.\","
                                + " \"meaningChange\": \"Level 1 is now a practice.\",")
                // p1's half level only (the first of the two alike level lists).
                .replaceFirst("\\{\"value\": 0\\.5, \"descriptor\": \"half\"}",
                        "{\"value\": 0.5, \"descriptor\": \"half\", \"evidence\": \"A wiki page.\"}")
                .replace("\"title\": \"L\", \"question\": \"Q?\", \"why\": \"W\",",
                        "\"title\": \"L\", \"question\": \"Q?\", \"why\": \"W\", \"rangeUnit\": \"days\",")
                .replace("{\"id\": \"yes\", \"label\": \"Yes\", \"score\": 1}, {\"id\": \"no\", \"label\": \"No\", \"score\": 0}",
                        ranges);
    }

    private static final String TILING = "{\"id\": \"yes\", \"label\": \"Under a week\", \"score\": 1, \"range\": {\"from\": 0, \"to\": 7}},"
            + " {\"id\": \"no\", \"label\": \"A week or more\", \"score\": 0, \"range\": {\"from\": 7}}";

    @Test
    void readsEveryNewFieldIntoTheModel() {
        Rubric rubric = TestRubrics.parse(withGuidance(TILING));

        assertThat(rubric.placementRule()).isEqualTo("Pick the highest true level.");
        assertThat(rubric.previousVersion()).isEqualTo("0.9");
        Item p1 = rubric.item("p1").orElseThrow();
        assertThat(p1.guidance().notApplicableWhen()).isEqualTo("No models.");
        assertThat(p1.guidance().meaningChanged()).isTrue();
        assertThat(p1.level(0.5).orElseThrow().evidence()).isEqualTo("A wiki page.");
        assertThat(p1.level(1).orElseThrow().evidence()).isEmpty();
        assertThat(rubric.item("p2").orElseThrow().guidance().meaningChanged()).isFalse();
        Item l1 = rubric.item("l1").orElseThrow();
        assertThat(l1.guidance().rangeUnit()).isEqualTo("days");
        assertThat(l1.options()).extracting(AnswerOption::range).containsExactly(
                Optional.of(new OptionRange(0, OptionalDouble.of(7))), Optional.of(new OptionRange(7, OptionalDouble.empty())));
        assertThat(l1.options().get(1).range().orElseThrow().contains(1000)).isTrue();
        assertThat(l1.options().get(0).range().orElseThrow().contains(7)).isFalse();
    }

    @Test
    void aRubricWithoutTheNewFieldsStillLoadsWithEmptyGuidance() {
        Rubric rubric = TestRubrics.tiny();
        assertThat(rubric.placementRule()).isEmpty();
        assertThat(rubric.items()).allSatisfy(item -> {
            assertThat(item.guidance().notApplicableWhen()).isEmpty();
            assertThat(item.guidance().meaningChanged()).isFalse();
        });
    }

    @Test
    void theWriterKeepsEveryNewFieldSoSnapshotsLoseNothing() throws Exception {
        Rubric rubric = TestRubrics.parse(withGuidance(TILING));
        byte[] json = new RubricWriter().toJson(rubric);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"placementRule\"", "\"evidence\"", "\"range\"",
                "\"notApplicableWhen\"", "\"meaningChange\"", "\"rangeUnit\"", "\"previousVersion\"");
        assertThat(new RubricLoader().parse("snapshot", json)).isEqualTo(rubric);
    }

    @Test
    void aGapBetweenRangesIsRefusedAndSaysWhatIsUncovered() {
        assertThat(problems(withGuidance(TILING.replace("\"range\": {\"from\": 7}", "\"range\": {\"from\": 10}"))))
                .containsExactly("/items/2/options/1/range: gap: nothing covers 7 to 10");
    }

    @Test
    void anOverlapIsRefusedAndSaysWhatFallsInTwoOptions() {
        assertThat(problems(withGuidance(TILING.replace("\"range\": {\"from\": 7}", "\"range\": {\"from\": 5}"))))
                .containsExactly("/items/2/options/1/range: overlap: 5 to 7 falls in two options");
    }

    @Test
    void onlyTheLastRangeMayBeOpenEnded() {
        assertThat(problems(withGuidance(TILING.replace("\"range\": {\"from\": 0, \"to\": 7}", "\"range\": {\"from\": 0}"))))
                .containsExactly("/items/2/options/0/range: only the last range may be open-ended, but another starts at 7");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThat(problems(withGuidance(TILING.replace("{\"from\": 0, \"to\": 7}", "{\"from\": 7, \"to\": 3}")
                .replace("{\"from\": 7}", "{\"from\": 3}"))))
                .contains("/items/2/options/0/range: the range ends (3) before it starts (7)");
    }

    @Test
    void rangesOnSomeOptionsOnlyOrWithoutAUnitAreRefused() {
        String oneRange = withGuidance(TILING.replace(", \"range\": {\"from\": 7}", ""));
        assertThat(problems(oneRange)).containsExactly(
                "/items/2/options: 1 of 2 options have no range: when one option has a range, every option needs one");
        String noUnit = withGuidance(TILING).replace("\"rangeUnit\": \"days\",", "");
        assertThat(problems(noUnit)).containsExactly(
                "/items/2: the options have ranges but the question has no rangeUnit (e.g. \"days\")");
    }

    @Test
    void theSchemaRefusesAnEmptyEvidenceAndARangeWithoutItsStart() {
        assertThat(problems(withGuidance(TILING).replace("\"evidence\": \"A wiki page.\"", "\"evidence\": \"\"")))
                .singleElement().satisfies(p -> assertThat(p).startsWith("/items/0/levels/1/evidence"));
        assertThat(problems(withGuidance(TILING.replace("{\"from\": 7}", "{\"to\": 9}"))))
                .anySatisfy(p -> assertThat(p).startsWith("/items/2/options/1/range"));
    }

    private static List<String> problems(String json) {
        try {
            new RubricLoader().parse("test.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRubricException e) {
            return e.problems().stream().map(p -> p.pointer() + ": " + p.message()).toList();
        }
        throw new AssertionError("expected the rubric to be refused");
    }

    @Test
    void helperRefusesNothingValid() {
        assertThatThrownBy(() -> problems(withGuidance(TILING))).isInstanceOf(AssertionError.class);
    }
}
