package io.debtmeter.core.rubric;

import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RubricWriterTest {

    private final RubricLoader loader = new RubricLoader();
    private final RubricWriter writer = new RubricWriter();

    @ParameterizedTest
    @ValueSource(strings = {"ml-technical-debt.json", "ml-test-score.json"})
    void bundledRubricsComeBackEqual(String file) throws Exception {
        Rubric original = bundled(file);

        Rubric again = loader.parse(file, writer.toJson(original));

        assertThat(again).isEqualTo(original);
    }

    @Test
    void weightsDescriptionsReferencesAndLitmusOptionsComeBackEqual() throws Exception {
        Rubric original = loader.parse("tiny.json", RubricLoaderTest.VALID.getBytes(StandardCharsets.UTF_8));

        Rubric again = loader.parse("tiny.json", writer.toJson(original));

        assertThat(again).isEqualTo(original);
        assertThat(again.item("p1").orElseThrow().weight()).isEqualTo(3.0);
        assertThat(again.item("l1").orElseThrow().options()).extracting(AnswerOption::id).containsExactly("yes", "no");
    }

    @Test
    void rubricBuiltInCodeWithEveryOptionalFieldComesBackEqual() throws Exception {
        Rubric original = new Rubric("hand-made", "2.1-beta", "Hand made \u00e9\u00e8 \u65e5\u672c",
                "A \"quoted\" description\nover two lines",
                new Scale(List.of(new ScaleLevel(-1, "Worse"), new ScaleLevel(0, "None"), new ScaleLevel(0.25, "Quarter"),
                        new ScaleLevel(1, "Full"))),
                AggregationRule.WEIGHTED_MEAN,
                List.of(new GradeBand("Low", 0, 33.3, "little"), new GradeBand("High", 33.3, 100, "much")),
                List.of(new Category("c1", "First", "about the first", 0.5), new Category("c2", "Second", "", 2)),
                List.of(
                        new Item("a", "c1", ItemKind.PRACTICE, "A", "Is A done?", "", "Section 3.1", 1.5,
                                List.of(new LevelDescriptor(-1, "w"), new LevelDescriptor(0, "n"),
                                        new LevelDescriptor(0.25, "q"), new LevelDescriptor(1, "f")), List.of()),
                        new Item("b", "c2", ItemKind.LITMUS, "B", "B?", "because", "", 1,
                                List.of(), List.of(new AnswerOption("yes", "Yes", 1), new AnswerOption("half", "Half", 0.25),
                                        new AnswerOption("no", "No", -1)))));

        Rubric again = loader.parse("hand-made.json", writer.toJson(original));

        assertThat(again).isEqualTo(original);
    }

    @Test
    void writesWholeNumbersWithoutAFractionAndHalvesAsDecimals() throws Exception {
        String json = new String(writer.toJson(bundled("ml-test-score.json")), StandardCharsets.UTF_8);

        assertThat(json).contains("\"value\": 0,", "\"value\": 0.5,", "\"value\": 1,", "\"min\": 28.5,", "\"max\": 57.1,")
                .doesNotContain(": 1.0,", ": 0.0,", ": 1.0\n", "\r");
    }

    @Test
    void leavesOutEmptyOptionalFieldsAndTheDefaultWeight() throws Exception {
        Rubric rubric = loader.parse("tiny.json", RubricLoaderTest.VALID.getBytes(StandardCharsets.UTF_8));
        String json = new String(writer.toJson(rubric), StandardCharsets.UTF_8);

        // One weight on the category, one on item p1 (3); item l1 has the default weight 1.
        assertThat(json.split("\"weight\"", -1)).hasSize(3);
        assertThat(json).contains("\"weight\": 3,").doesNotContain("\"reference\"", "\"description\"");
    }

    @Test
    void sameRubricGivesTheSameBytes() throws Exception {
        Rubric rubric = bundled("ml-technical-debt.json");
        Rubric copy = loader.parse("copy", writer.toJson(rubric));

        assertThat(writer.toJson(copy)).isEqualTo(writer.toJson(rubric));
    }

    private Rubric bundled(String file) throws Exception {
        try (InputStream in = RubricWriterTest.class.getResourceAsStream("/rubrics/" + file)) {
            return loader.load(file, in);
        }
    }
}
