package io.debtmeter.core.analysis.compare;

import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Rubric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.debtmeter.testsupport.TestRubrics.level;
import static org.assertj.core.api.Assertions.assertThat;

/** A comparison across ml-technical-debt 1.0.0 and 2.0.0 names the matched items whose meaning changed. */
class MeaningChangedTest {

    private static Rubric version1;
    private static Rubric version2;
    private final AssessmentComparer comparer = new AssessmentComparer(new ScoreCalculator());

    @BeforeAll
    static void rubrics() throws Exception {
        version1 = new RubricLoader().load(Path.of("rubrics", "ml-technical-debt-1.0.0.json"));
        version2 = new RubricLoader().load(Path.of("rubrics", "ml-technical-debt.json"));
    }

    private static ComparedSide side(String period, Rubric rubric) {
        return AssessmentComparerTest.side(AssessmentComparerTest.SEARCH, "Search", period, LocalDate.of(2026, 9, 30),
                rubric, List.of(level("code-review", 3), level("single-config", 2)));
    }

    @Test
    void acrossTheTwoVersionsInEitherOrderTheChangedItemsAreNamed() {
        Comparison forward = comparer.compare(side("2026-Q3", version1), side("2026-Q4", version2), List.of(), ZoneOffset.UTC);
        Comparison backward = comparer.compare(side("2026-Q4", version2), side("2026-Q3", version1), List.of(), ZoneOffset.UTC);

        assertThat(forward.meaningChanged()).extracting(ItemDelta::itemId)
                .contains("code-review", "litmus-onboarding-docs").doesNotContain("single-config").hasSize(21);
        assertThat(backward.meaningChanged()).extracting(ItemDelta::itemId).containsExactlyInAnyOrderElementsOf(
                forward.meaningChanged().stream().map(ItemDelta::itemId).toList());
        assertThat(io.debtmeter.core.export.ComparisonMarkdown.render(forward))
                .contains("_21 items changed meaning between the rubric versions, so their level change compares two"
                        + " different questions: ").contains("Code review and static checks");
        assertThat(io.debtmeter.core.export.ComparisonMarkdown.render(forward)).doesNotContain("Keep configuration in one place,");
    }

    @Test
    void withinOneVersionNothingChangedMeaning() {
        Comparison same = comparer.compare(side("2026-Q3", version2), side("2026-Q4", version2), List.of(), ZoneOffset.UTC);
        assertThat(same.meaningChanged()).isEmpty();
    }
}
