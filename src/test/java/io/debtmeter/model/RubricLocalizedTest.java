package io.debtmeter.model;

import io.debtmeter.model.RubricTranslation.ItemTranslation;
import io.debtmeter.model.RubricTranslation.LevelTranslation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Rubric#localized} on a rubric built in code, where no loader has checked the translation. */
class RubricLocalizedTest {

    private static final Item PRACTICE = new Item("p1", "c1", ItemKind.PRACTICE, "Test data", "Do you test data?", "Why",
            "", 1, List.of(new LevelDescriptor(0, "No"), new LevelDescriptor(1, "Yes")), List.of());

    private static Rubric withJapanese(RubricTranslation japanese) {
        return new Rubric("r", "1", "Rubric", "", new Scale(List.of(new ScaleLevel(0, "No"), new ScaleLevel(1, "Yes"))),
                AggregationRule.WEIGHTED_MEAN, List.of(new GradeBand("A", 0, 100, "All")),
                List.of(new Category("c1", "Data", "", 1)), List.of(PRACTICE), "", "", Map.of("ja", japanese));
    }

    @Test
    void aTranslatedTextTheRubricDoesNotHaveIsNotShownSoAnswersCarryOverAlike() {
        Rubric rubric = withJapanese(new RubricTranslation("ルーブリック", "説明", "", Map.of(), Map.of(), Map.of(),
                Map.of("p1", new ItemTranslation("データのテスト", "", "", "", "意味が変わった",
                        Map.of(1.0, new LevelTranslation("はい", "証拠")), Map.of()))));

        Rubric japanese = rubric.localized("ja");

        assertThat(japanese.title()).isEqualTo("ルーブリック");
        assertThat(japanese.description()).isEmpty();
        Item item = japanese.items().get(0);
        assertThat(item.title()).isEqualTo("データのテスト");
        assertThat(item.guidance().meaningChanged()).isFalse();
        assertThat(item.levels()).containsExactly(new LevelDescriptor(0, "No"), new LevelDescriptor(1, "はい"));
    }

    @Test
    void languagesAreSortedAndTheOwnLanguageIsNotAmongThem() {
        Rubric rubric = withJapanese(RubricTranslation.NONE);
        Rubric two = new Rubric(rubric.id(), rubric.version(), rubric.title(), rubric.description(), rubric.scale(),
                rubric.aggregation(), rubric.gradeBands(), rubric.categories(), rubric.items(), "", "",
                Map.of("pt-BR", RubricTranslation.NONE, "ja", RubricTranslation.NONE));

        assertThat(two.languages()).containsExactly("ja", "pt-BR");
        assertThat(rubric.localized("ja")).isEqualTo(new Rubric(rubric.id(), rubric.version(), rubric.title(),
                rubric.description(), rubric.scale(), rubric.aggregation(), rubric.gradeBands(), rubric.categories(),
                rubric.items()));
    }
}
