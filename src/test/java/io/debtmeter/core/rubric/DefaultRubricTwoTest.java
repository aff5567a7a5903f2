package io.debtmeter.core.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.Rubric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What rubric 2.0.0 promises its raters (issue 20): one placement rule, guidance for N/A and evidence per
 * level on every practice, litmus options that measure one thing in ranges without gap or overlap, and the
 * same item ids as 1.0.0 so trends and compare can match them.
 */
class DefaultRubricTwoTest {

    private static Rubric current;
    private static Rubric previous;
    private static JsonNode json;

    @BeforeAll
    static void load() throws Exception {
        current = new RubricLoader().load(Path.of("rubrics", "ml-technical-debt.json"));
        previous = new RubricLoader().load(Path.of("rubrics", "ml-technical-debt-1.0.0.json"));
        json = new ObjectMapper().readTree(Path.of("rubrics", "ml-technical-debt.json").toFile());
    }

    @Test
    void isVersionTwoOfTheSameRubricAndStatesOnePlacementRule() {
        assertThat(current.id()).isEqualTo(previous.id()).isEqualTo("ml-technical-debt");
        assertThat(current.version()).isEqualTo("2.0.0");
        assertThat(previous.version()).isEqualTo("1.0.0");
        assertThat(current.previousVersion()).isEqualTo("1.0.0");
        assertThat(current.placementRule())
                .contains("highest level whose description is entirely true")
                .contains("includes everything below it")
                .contains("Don't know");
    }

    @Test
    void keepsEveryItemIdOfTheEarlierVersionSoAnswersCanBeMatched() {
        assertThat(current.items()).extracting(Item::id).containsExactlyElementsOf(
                previous.items().stream().map(Item::id).toList());
    }

    @Test
    void everyPracticeSaysWhenItDoesNotApplyAndWhatToShowAtEachLevel() {
        List<Item> practices = current.items().stream().filter(i -> i.kind() == ItemKind.PRACTICE).toList();
        assertThat(practices).hasSize(25).allSatisfy(item -> {
            assertThat(item.guidance().notApplicableWhen()).as(item.id()).hasSizeGreaterThan(10);
            assertThat(item.levels()).as(item.id()).hasSize(5).allSatisfy(level -> {
                assertThat(level.evidence()).as(item.id() + " level " + level.value()).hasSizeGreaterThan(5).endsWith(".");
                assertThat(level.descriptor()).as(item.id() + " level " + level.value()).hasSizeGreaterThan(20);
            });
        });
    }

    /** "Every descriptor states what is present": none is only an absence. */
    @Test
    void noDescriptorIsOnlyAnAbsence() {
        Set<String> absenceOpenings = Set.of("no ", "no one", "nobody", "nothing", "none", "never");
        current.items().stream().flatMap(i -> i.levels().stream().map(l -> i.id() + " " + l.value() + ": " + l.descriptor()))
                .forEach(line -> {
                    String descriptor = line.substring(line.indexOf(": ") + 2).toLowerCase(java.util.Locale.ROOT);
                    assertThat(absenceOpenings).as(line).noneMatch(descriptor::startsWith);
                    assertThat(descriptor).as(line).doesNotContain("most models", "most projects", "most releases");
                });
    }

    /** Bounds read straight from the file, not through the loader's own check. */
    @Test
    void litmusOptionsTileTheirScaleFromZeroWithNoGapOrOverlap() {
        List<JsonNode> litmus = new ArrayList<>();
        json.path("items").forEach(item -> {
            if (item.path("kind").asText().equals("litmus")) {
                litmus.add(item);
            }
        });
        assertThat(litmus).hasSize(5).allSatisfy(item -> {
            String id = item.path("id").asText();
            assertThat(item.path("rangeUnit").asText()).as(id).isIn("days", "hours", "percent");
            assertThat(item.path("question").asText().chars().filter(c -> c == '?').count()).as(id + ": one question").isEqualTo(1);
            List<double[]> ranges = new ArrayList<>();
            item.path("options").forEach(option -> ranges.add(new double[]{
                    option.path("range").path("from").asDouble(),
                    option.path("range").has("to") ? option.path("range").path("to").asDouble() : Double.POSITIVE_INFINITY}));
            ranges.sort((a, b) -> Double.compare(a[0], b[0]));
            assertThat(ranges.get(0)[0]).as(id + " starts at zero").isZero();
            for (int k = 0; k + 1 < ranges.size(); k++) {
                assertThat(ranges.get(k)[1]).as(id + " range " + k + " ends where the next starts").isEqualTo(ranges.get(k + 1)[0]);
            }
            assertThat(ranges.get(ranges.size() - 1)[1]).as(id + " last range is open-ended").isInfinite();
        });
    }

    @Test
    void litmusScoresFallAsTheMeasureGrows() {
        current.itemsOf("litmus").forEach(item -> assertThat(item.options())
                .as(item.id())
                .extracting(option -> option.score())
                .containsExactly(4.0, 3.0, 2.0, 1.0, 0.0));
    }

    @Test
    void sayWhatChangedForTheItemsWhoseMeaningChangedAndOnlyThose() {
        Set<String> changed = current.items().stream().filter(i -> i.guidance().meaningChanged()).map(Item::id)
                .collect(Collectors.toSet());
        // The items the two raters stalled on (issue 20), and every litmus question (new measures).
        assertThat(changed).contains("redesign-pipeline-jungles", "retire-experimental-code", "multi-language-endpoints",
                "action-limits", "input-assumptions", "typed-data", "interpretability-tools", "explainable-model-types",
                "data-versioning", "reproducibility-checklist", "monitor-real-world-performance", "debt-time-budget",
                "track-data-dependencies", "output-access-control", "code-review", "wrap-glue-code",
                "litmus-paper-to-production", "litmus-data-dependency-reach", "litmus-change-predictability",
                "litmus-improvement-sum", "litmus-onboarding-docs");
        assertThat(changed).doesNotContain("single-config", "clean-prototypes", "prune-data-features");
    }

    @Test
    void writesBackToTheSameRubric() throws Exception {
        byte[] written = new RubricWriter().toJson(current);
        assertThat(new RubricLoader().parse("written", written)).isEqualTo(current);
    }
}
