package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ItemDetailRowsTest {

    private final Rubric rubric = WorkedExample.rubric(AggregationRule.WEIGHTED_MEAN);

    @Test
    void aCategorysItemsCarryLevelNoteVotesAndTarget() {
        Map<String, ItemResponse> responses = Map.of(
                "data.versioning", new ItemResponse("data.versioning", Optional.of(new Answer.Level(1)), "Only for one model",
                        List.of("https://wiki/dvc"), Map.of("1", 3, "3", 2), false),
                "data.reproduce", ItemResponse.open("data.reproduce").withAnswer(new Answer.Choice("script")));
        Targets targets = new Targets(Map.of(), Map.of("data.versioning", 3.0, "data.reproduce", 3.0));

        List<ItemDetailRow> rows = ItemDetailRows.ofCategory(rubric, "data", responses, targets);

        assertThat(rows).extracting(row -> row.item().id()).containsExactly("data.versioning", "data.reproduce");
        ItemDetailRow versioning = rows.get(0);
        assertThat(versioning.level()).hasValue(1.0);
        assertThat(versioning.response().note()).isEqualTo("Only for one model");
        assertThat(versioning.voteCount()).isEqualTo(5);           // 3 + 2 people
        assertThat(versioning.target()).hasValue(3.0);
        assertThat(versioning.stepsToGo()).hasValue(2);            // from 1 to 3: levels 2 and 3
        ItemDetailRow reproduce = rows.get(1);
        assertThat(reproduce.level()).hasValue(3.0);                // the option "With a script" scores 3
        assertThat(reproduce.voteCount()).isZero();
        assertThat(reproduce.targetMet()).isTrue();                 // 3 reached: 0 levels to go
    }

    @Test
    void notApplicableAndUnansweredItemsHaveNoLevelAndNoStepsButKeepTheirTarget() {
        Map<String, ItemResponse> responses = Map.of(
                "model.fairness", ItemResponse.open("model.fairness").withAnswer(new Answer.NotApplicable()));
        Targets targets = new Targets(Map.of(), Map.of("model.tests", 4.0));

        List<ItemDetailRow> rows = ItemDetailRows.ofCategory(rubric, "model", responses, targets);

        ItemDetailRow tests = rows.get(0);
        assertThat(tests.answer()).isEmpty();
        assertThat(tests.level()).isEmpty();
        assertThat(tests.response()).isEqualTo(ItemResponse.open("model.tests"));
        assertThat(tests.target()).hasValue(4.0);
        assertThat(tests.stepsToGo()).isEmpty();
        ItemDetailRow fairness = rows.get(1);
        assertThat(fairness.answer()).contains(new Answer.NotApplicable());
        assertThat(fairness.level()).isEmpty();
        assertThat(fairness.target()).isEmpty();
    }
}
