package io.debtmeter.core.analysis.compare;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.debtmeter.testsupport.TestRubrics.choice;
import static io.debtmeter.testsupport.TestRubrics.level;
import static io.debtmeter.testsupport.TestRubrics.notApplicable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Comparisons of the small rubric in {@link TestRubrics#compareVersion1()}, every number worked out by hand in the comments.
 * Item score s = level / 4 (0..4 scale); a litmus option counts by its score the same way.
 */
class AssessmentComparerTest {

    static final UUID SEARCH = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ADS = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private final AssessmentComparer comparer = new AssessmentComparer(new ScoreCalculator());

    /**
     * Search, 2026-Q1 (rubric 1.0): versioning 1 "Copied by hand", lineage 2, reproduce "hand" (1), tests 3,
     * fairness N/A, monitoring 2, rollback unanswered.
     */
    static ComparedSide q1() {
        return side(SEARCH, "Search", "2026-Q1", LocalDate.of(2026, 3, 1), TestRubrics.compareVersion1(), List.of(
                level("versioning", 1, "Copied by hand"), level("lineage", 2), choice("reproduce", "hand"),
                level("tests", 3), notApplicable("fairness", "No decisions about people"), level("monitoring", 2)));
    }

    /** Search, 2026-Q2 (rubric 1.0): versioning 3 "DVC for all sets", lineage 1, reproduce "script" (3), tests 3,
     * fairness 2, monitoring 1, rollback 4. */
    static ComparedSide q2() {
        return side(SEARCH, "Search", "2026-Q2", LocalDate.of(2026, 6, 1), TestRubrics.compareVersion1(), List.of(
                level("versioning", 3, "DVC for all sets"), level("lineage", 1), choice("reproduce", "script"),
                level("tests", 3), level("fairness", 2), level("monitoring", 1), level("rollback", 4)));
    }

    /** Search, 2026-Q3 (rubric 2.0): versioning 3, lineage 2, reproduce "command" (4), tests 2, fairness N/A,
     * monitoring 3, alerts 1. */
    static ComparedSide q3() {
        return side(SEARCH, "Search", "2026-Q3", LocalDate.of(2026, 9, 1), TestRubrics.compareVersion2(), List.of(
                level("versioning", 3, "Still DVC"), level("lineage", 2), choice("reproduce", "command"),
                level("tests", 2), notApplicable("fairness", ""), level("monitoring", 3), level("alerts", 1)));
    }

    static ComparedSide side(UUID teamId, String team, String period, LocalDate date, Rubric rubric, List<ItemResponse> responses) {
        Instant created = date.atStartOfDay().toInstant(ZoneOffset.UTC);
        Assessment assessment = new Assessment(UUID.nameUUIDFromBytes((team + period).getBytes()), teamId, rubric.id(),
                rubric.version(), date, period, List.of("Ana"), AssessmentStatus.FINAL, created, created);
        return new ComparedSide(assessment, team, rubric,
                responses.stream().collect(Collectors.toMap(ItemResponse::itemId, Function.identity())));
    }

    private Comparison compare(ComparedSide before, ComparedSide after) {
        return comparer.compare(before, after, List.of(), ZoneOffset.UTC);
    }

    private static Map<String, ItemDelta> byId(Comparison comparison) {
        return comparison.items().stream().collect(Collectors.toMap(ItemDelta::itemId, Function.identity()));
    }

    @Test
    void twoQuartersOfTheSameRubricMatchEveryItemInRubricOrder() {
        Comparison comparison = compare(q1(), q2());

        assertThat(comparison.items()).extracting(ItemDelta::itemId)
                .containsExactly("versioning", "lineage", "reproduce", "tests", "fairness", "monitoring", "rollback");
        assertThat(comparison.items()).extracting(ItemDelta::change).containsExactly(
                Change.IMPROVED,        // versioning 1 -> 3: 0.25 -> 0.75, +0.5 = +2 levels
                Change.REGRESSED,       // lineage 2 -> 1: 0.5 -> 0.25, -0.25 = -1 level
                Change.IMPROVED,        // reproduce hand (1) -> script (3): 0.25 -> 0.75, +0.5 = +2 levels
                Change.UNCHANGED,       // tests 3 -> 3
                Change.NOT_COMPARABLE,  // fairness N/A -> 2
                Change.REGRESSED,       // monitoring 2 -> 1: -1 level
                Change.NOT_COMPARABLE); // rollback unanswered -> 4
        Map<String, ItemDelta> items = byId(comparison);
        assertThat(items.get("versioning").scoreDelta().getAsDouble()).isEqualTo(0.5);
        assertThat(items.get("versioning").levelDelta().getAsDouble()).isEqualTo(2.0);
        assertThat(items.get("lineage").scoreDelta().getAsDouble()).isEqualTo(-0.25);
        assertThat(items.get("lineage").levelDelta().getAsDouble()).isEqualTo(-1.0);
        assertThat(items.get("reproduce").levelDelta().getAsDouble()).isEqualTo(2.0);
        assertThat(items.get("tests").levelDelta().getAsDouble()).isEqualTo(0.0);
        assertThat(items.get("fairness").scoreDelta()).isEmpty();
        assertThat(items.get("fairness").levelDelta()).isEmpty();
        assertThat(items.get("rollback").scoreDelta()).isEmpty();
        assertThat(items.get("monitoring").categoryTitle()).isEqualTo("Infrastructure");
        assertThat(comparison.count(ItemFilter.ALL)).isEqualTo(7);
        assertThat(comparison.count(ItemFilter.IMPROVED)).isEqualTo(2);
        assertThat(comparison.count(ItemFilter.REGRESSED)).isEqualTo(2);
        assertThat(comparison.count(ItemFilter.UNCHANGED)).isEqualTo(1);
        assertThat(comparison.count(ItemFilter.NOT_COMPARABLE)).isEqualTo(2);
        assertThat(comparison.items(ItemFilter.REGRESSED)).extracting(ItemDelta::itemId).containsExactly("lineage", "monitoring");
        assertThat(comparison.onlyBefore()).isEmpty();
        assertThat(comparison.onlyAfter()).isEmpty();
        assertThat(comparison.sameRubricVersion()).isTrue();
        assertThat(comparison.sameTeam()).isTrue();
    }

    @Test
    void bothAnswersAreDescribedWithLabelsScoresAndNotes() {
        Map<String, ItemDelta> items = byId(compare(q1(), q2()));

        ItemDelta versioning = items.get("versioning");
        assertThat(versioning.before()).isEqualTo(new ItemSide(AnswerState.LEVEL, OptionalDouble.of(1), "Ad hoc",
                OptionalDouble.of(0.25), "Copied by hand"));
        assertThat(versioning.after()).isEqualTo(new ItemSide(AnswerState.LEVEL, OptionalDouble.of(3), "Managed",
                OptionalDouble.of(0.75), "DVC for all sets"));
        ItemDelta reproduce = items.get("reproduce");
        assertThat(reproduce.before()).isEqualTo(new ItemSide(AnswerState.OPTION, OptionalDouble.of(1), "Only by hand",
                OptionalDouble.of(0.25), ""));
        assertThat(reproduce.after().label()).isEqualTo("With a script");
        assertThat(reproduce.after().score()).hasValue(0.75);
        ItemDelta fairness = items.get("fairness");
        assertThat(fairness.before().state()).isEqualTo(AnswerState.NOT_APPLICABLE);
        assertThat(fairness.before().score()).isEmpty();
        assertThat(fairness.before().note()).isEqualTo("No decisions about people");
        assertThat(items.get("rollback").before()).isEqualTo(new ItemSide(AnswerState.UNANSWERED, OptionalDouble.empty(),
                "", OptionalDouble.empty(), ""));
    }

    @Test
    void categoryAndOverallDeltasAreDifferencesOfTheShownValues() {
        Comparison comparison = compare(q1(), q2());

        // Q1: data (0.25 + 0.5 + 0.25) / 3 = 33.33; model 0.75 (fairness N/A) = 75.0; infra 0.5 (rollback open) = 50.0
        // Q2: data (0.75 + 0.25 + 0.75) / 3 = 58.33; model (0.75 + 0.5) / 2 = 62.5; infra (0.25 + 1) / 2 = 62.5
        assertThat(comparison.categories()).extracting(CategoryDelta::categoryId).containsExactly("data", "model", "infra");
        assertThat(comparison.categories()).extracting(CategoryDelta::presence).containsOnly(CategoryDelta.Presence.BOTH);
        CategoryDelta data = comparison.categories().get(0);
        assertThat(data.before().getAsDouble()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(data.after().getAsDouble()).isCloseTo(175.0 / 3, within(1e-9));
        assertThat(data.delta()).hasValue(25.0);                                   // 58.3 - 33.3
        assertThat(comparison.categories().get(1).delta()).hasValue(-12.5);        // 62.5 - 75.0
        assertThat(comparison.categories().get(2).delta()).hasValue(12.5);         // 62.5 - 50.0
        assertThat(comparison.categories()).extracting(CategoryDelta::change)
                .containsExactly(Change.IMPROVED, Change.REGRESSED, Change.IMPROVED);

        // Overall Q1 = (2 * 33.33 + 75 + 50) / 4 = 47.92 -> debt 52.08, shown 52.1, grade C
        // Overall Q2 = (2 * 58.33 + 62.5 + 62.5) / 4 = 60.42 -> debt 39.58, shown 39.6, grade B
        OverallDelta overall = comparison.overall();
        assertThat(overall.before().getAsDouble()).isCloseTo(100 - 575.0 / 12, within(1e-9));
        assertThat(overall.after().getAsDouble()).isCloseTo(100 - 725.0 / 12, within(1e-9));
        assertThat(overall.delta()).hasValue(-12.5);                                // 39.6 - 52.1
        assertThat(overall.change()).isEqualTo(Change.IMPROVED);                    // less debt
        assertThat(comparison.before().score().grade().orElseThrow().label()).isEqualTo("C");
        assertThat(comparison.after().score().grade().orElseThrow().label()).isEqualTo("B");
    }

    @Test
    void twoRubricVersionsMatchItemsByIdAndListTheUnmatched() {
        Comparison comparison = compare(q2(), q3());

        // In rubric 2.0's order: data, model, platform (monitoring moved there; alerts is new, rollback gone).
        assertThat(comparison.items()).extracting(ItemDelta::itemId)
                .containsExactly("versioning", "lineage", "reproduce", "tests", "fairness", "monitoring");
        assertThat(comparison.items()).extracting(ItemDelta::change).containsExactly(
                Change.UNCHANGED,       // versioning 3 -> 3
                Change.IMPROVED,        // lineage 1 -> 2: +1 level
                Change.IMPROVED,        // reproduce script (3) -> command (4): 0.75 -> 1.0 = +1 level
                Change.REGRESSED,       // tests 3 -> 2: -1 level
                Change.NOT_COMPARABLE,  // fairness 2 -> N/A
                Change.IMPROVED);       // monitoring 1 -> 3: +2 levels
        Map<String, ItemDelta> items = byId(comparison);
        assertThat(items.get("reproduce").levelDelta()).hasValue(1.0);
        assertThat(items.get("monitoring").levelDelta()).hasValue(2.0);
        assertThat(items.get("monitoring").categoryId()).isEqualTo("platform");
        assertThat(items.get("monitoring").categoryTitle()).isEqualTo("Platform");

        assertThat(comparison.onlyBefore()).containsExactly(new UnmatchedItem("rollback", "Roll back in one step",
                "Infrastructure", new ItemSide(AnswerState.LEVEL, OptionalDouble.of(4), "Optimised", OptionalDouble.of(1.0), "")));
        assertThat(comparison.onlyAfter()).containsExactly(new UnmatchedItem("alerts", "Alert on drift",
                "Platform", new ItemSide(AnswerState.LEVEL, OptionalDouble.of(1), "Ad hoc", OptionalDouble.of(0.25), "")));
        assertThat(comparison.sameRubricVersion()).isFalse();
    }

    @Test
    void aRenamedCategoryIdShowsOnceOnEachSideAndCannotBeCompared() {
        Comparison comparison = compare(q2(), q3());

        // Q2 (1.0): data 58.33, model 62.5, infra 62.5. Q3 (2.0): data (0.75 + 0.5 + 1) / 3 = 75.0,
        // model 0.5 (fairness N/A) = 50.0, platform (0.75 + 0.25) / 2 = 50.0.
        assertThat(comparison.categories()).extracting(CategoryDelta::categoryId)
                .containsExactly("data", "model", "platform", "infra");
        assertThat(comparison.categories()).extracting(CategoryDelta::presence).containsExactly(
                CategoryDelta.Presence.BOTH, CategoryDelta.Presence.BOTH,
                CategoryDelta.Presence.ONLY_AFTER, CategoryDelta.Presence.ONLY_BEFORE);
        assertThat(comparison.categories()).extracting(CategoryDelta::change).containsExactly(
                Change.IMPROVED, Change.REGRESSED, Change.NOT_COMPARABLE, Change.NOT_COMPARABLE);
        assertThat(comparison.categories().get(0).delta()).hasValue(16.7);   // 75.0 - 58.3
        assertThat(comparison.categories().get(1).delta()).hasValue(-12.5);  // 50.0 - 62.5
        CategoryDelta platform = comparison.categories().get(2);
        assertThat(platform.before()).isEmpty();
        assertThat(platform.after()).hasValue(50.0);
        assertThat(platform.delta()).isEmpty();
        CategoryDelta infra = comparison.categories().get(3);
        assertThat(infra.title()).isEqualTo("Infrastructure");
        assertThat(infra.before()).hasValue(62.5);
        assertThat(infra.after()).isEmpty();

        // Overall Q3 = (2 * 75 + 50 + 50) / 4 = 62.5 -> debt 37.5; 37.5 - 39.6 (Q2 shown) = -2.1
        assertThat(comparison.overall().after()).hasValue(37.5);
        assertThat(comparison.overall().delta()).hasValue(-2.1);
        assertThat(comparison.overall().change()).isEqualTo(Change.IMPROVED);
    }

    @Test
    void levelsAreCountedOnTheAfterRubricsScale() {
        // Before: versioning 2 on 0..4 = 0.5. After: versioning 1 on 0 / 0.5 / 1 = 1.0.
        // Delta 0.5 on 0..1; the after scale has 3 levels, 2 steps: 0.5 * 2 = +1 level.
        ComparedSide after = side(SEARCH, "Search", "2026-Q4", LocalDate.of(2026, 12, 1), TestRubrics.halfStepVersion(),
                List.of(level("versioning", 1)));
        ComparedSide before = side(SEARCH, "Search", "2026-Q3", LocalDate.of(2026, 9, 1), TestRubrics.compareVersion1(),
                List.of(level("versioning", 2)));

        ItemDelta versioning = compare(before, after).items().get(0);

        assertThat(versioning.scoreDelta()).hasValue(0.5);
        assertThat(versioning.levelDelta()).hasValue(1.0);
        assertThat(versioning.after().label()).isEqualTo("Yes");
    }

    @Test
    void aCategoryWithNothingScoredOnOneSideIsNotComparable() {
        // Model: tests unanswered and fairness N/A before -> no maturity; after tests 3, fairness 2 -> 62.5.
        ComparedSide before = side(SEARCH, "Search", "2026-Q1", LocalDate.of(2026, 3, 1), TestRubrics.compareVersion1(),
                List.of(notApplicable("fairness", ""), level("versioning", 2)));

        Comparison comparison = compare(before, q2());

        CategoryDelta model = comparison.categories().get(1);
        assertThat(model.before()).isEmpty();
        assertThat(model.after()).hasValue(62.5);
        assertThat(model.delta()).isEmpty();
        assertThat(model.change()).isEqualTo(Change.NOT_COMPARABLE);
        assertThat(byId(comparison).get("tests").change()).isEqualTo(Change.NOT_COMPARABLE);
    }

    @Test
    void twoDifferentTeamsCompareLikeTwoQuarters() {
        // Ads, 2026-Q2 on rubric 1.0: every practice at 2 (0.5), reproduce "no" (0).
        ComparedSide ads = side(ADS, "Ads", "2026-Q2", LocalDate.of(2026, 6, 15), TestRubrics.compareVersion1(), List.of(
                level("versioning", 2), level("lineage", 2), choice("reproduce", "no"), level("tests", 2),
                level("fairness", 2), level("monitoring", 2), level("rollback", 2)));

        Comparison comparison = compare(q2(), ads);

        assertThat(comparison.sameTeam()).isFalse();
        assertThat(comparison.before().teamName()).isEqualTo("Search");
        assertThat(comparison.after().teamName()).isEqualTo("Ads");
        // versioning 3 -> 2 (-1), lineage 1 -> 2 (+1), reproduce script 3 -> no 0 (-3), tests 3 -> 2 (-1),
        // fairness 2 -> 2 (0), monitoring 1 -> 2 (+1), rollback 4 -> 2 (-2)
        assertThat(comparison.items()).extracting(i -> i.levelDelta().getAsDouble())
                .containsExactly(-1.0, 1.0, -3.0, -1.0, 0.0, 1.0, -2.0);
        // Ads: data (0.5 + 0.5 + 0) / 3 = 33.33, model 50.0, infra 50.0 -> (2 * 33.33 + 100) / 4 = 41.67
        // -> debt 58.33, shown 58.3; Search Q2 shown 39.6 -> +18.7, more debt.
        assertThat(comparison.overall().delta()).hasValue(18.7);
        assertThat(comparison.overall().change()).isEqualTo(Change.REGRESSED);
    }

    @Test
    void swappingTheSidesFlipsEverySign() {
        Comparison swapped = compare(q2(), q1());

        assertThat(swapped.items()).extracting(ItemDelta::change).containsExactly(
                Change.REGRESSED, Change.IMPROVED, Change.REGRESSED, Change.UNCHANGED,
                Change.NOT_COMPARABLE, Change.IMPROVED, Change.NOT_COMPARABLE);
        assertThat(swapped.items().get(0).levelDelta()).hasValue(-2.0);
        assertThat(swapped.categories()).extracting(c -> c.delta().getAsDouble()).containsExactly(-25.0, 12.5, -12.5);
        assertThat(swapped.overall().delta()).hasValue(12.5);    // 52.1 - 39.6
        assertThat(swapped.overall().change()).isEqualTo(Change.REGRESSED);
    }

    @Test
    void nothingAnsweredOnOneSideGivesNoOverallDelta() {
        ComparedSide empty = side(SEARCH, "Search", "2026-Q3", LocalDate.of(2026, 9, 1), TestRubrics.compareVersion1(), List.of());

        Comparison comparison = compare(q2(), empty);

        assertThat(comparison.overall().after()).isEmpty();
        assertThat(comparison.overall().delta()).isEmpty();
        assertThat(comparison.overall().change()).isEqualTo(Change.NOT_COMPARABLE);
        assertThat(comparison.count(ItemFilter.NOT_COMPARABLE)).isEqualTo(7);
    }
}
