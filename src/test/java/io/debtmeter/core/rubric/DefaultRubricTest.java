package io.debtmeter.core.rubric;

import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.Rubric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped rubric carries all 25 practices and 5 litmus questions, grouped as the paper's sections. */
class DefaultRubricTest {

    private static Rubric rubric;

    @BeforeAll
    static void load() throws Exception {
        rubric = new RubricLoader().load(Path.of("rubrics", "ml-technical-debt.json"));
    }

    @Test
    void hasTwentyFivePracticesInTheArticlesOrder() {
        List<Item> practices = rubric.items().stream().filter(i -> i.kind() == ItemKind.PRACTICE).toList();
        assertThat(practices).hasSize(25);
        for (int n = 1; n <= 25; n++) {
            assertThat(practices.get(n - 1).reference()).isEqualTo("Best practice #" + n);
        }
    }

    @Test
    void groupsPracticesByThePapersSections() {
        Map<String, List<Integer>> expected = Map.of(
                "model-boundaries", List.of(1, 2, 3, 4),
                "data-dependencies", List.of(5, 6, 7),
                "feedback-loops", List.of(8),
                "anti-patterns", List.of(9, 10, 11, 12, 13, 14, 15, 16),
                "configuration", List.of(17),
                "external-world", List.of(18, 19, 20, 21),
                "other-areas", List.of(22, 23, 24, 25));
        expected.forEach((category, numbers) -> assertThat(rubric.itemsOf(category))
                .extracting(item -> practiceNumber(item.reference()))
                .as(category)
                .containsExactlyElementsOf(numbers));
    }

    @Test
    void hasTheFiveLitmusQuestionsAsTheirOwnCategory() {
        List<Item> litmus = rubric.itemsOf("litmus");
        assertThat(litmus).hasSize(5).allSatisfy(item -> {
            assertThat(item.kind()).isEqualTo(ItemKind.LITMUS);
            assertThat(item.options()).extracting(o -> o.score()).contains(0.0, 4.0);
        });
    }

    @Test
    void everyPracticeDescribesAllFiveLevelsAndExplainsWhy() {
        rubric.items().stream().filter(i -> i.kind() == ItemKind.PRACTICE).forEach(item -> {
            assertThat(item.levels()).as(item.id()).extracting(l -> l.value()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
            assertThat(item.levels()).as(item.id()).allSatisfy(l -> assertThat(l.descriptor()).hasSizeGreaterThan(30));
            assertThat(item.question()).as(item.id()).endsWith("?");
            assertThat(item.why().split("(?<=[.!?])\\s+")).as(item.id()).hasSizeBetween(2, 3);
        });
    }

    @Test
    void gradesFollowTheDebtIndexFromAToE() {
        assertThat(rubric.gradeBands()).extracting(b -> b.label()).containsExactly("A", "B", "C", "D", "E");
        assertThat(rubric.gradeFor(0).orElseThrow().label()).isEqualTo("A");
        assertThat(rubric.gradeFor(100).orElseThrow().label()).isEqualTo("E");
    }

    private static int practiceNumber(String reference) {
        Matcher matcher = Pattern.compile("#(\\d+)").matcher(reference);
        assertThat(matcher.find()).as(reference).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
