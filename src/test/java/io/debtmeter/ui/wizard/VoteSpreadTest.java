package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Spread, median and the discuss flag, with hand-counted votes. */
class VoteSpreadTest {

    private static final Scale ZERO_TO_FOUR = new Scale(IntStream.rangeClosed(0, 4)
            .mapToObj(v -> new ScaleLevel(v, "L" + v)).toList());
    private static final Item PRACTICE = new Item("p", "c", ItemKind.PRACTICE, "P", "Q?", "W", "", 1,
            IntStream.rangeClosed(0, 4).mapToObj(v -> new LevelDescriptor(v, "d" + v)).toList(), List.of());
    private static final List<AnswerChoice> LEVELS = AnswerChoice.of(PRACTICE, ZERO_TO_FOUR);

    @Test
    void medianOfTwoOnesThreeTwosAndAFourIsTwo() {
        // Six ballots by level: 1 1 2 2 2 4; the 3rd and 4th are both 2.
        VoteSpread spread = VoteSpread.of(LEVELS, Map.of("1", 2, "2", 3, "4", 1));

        assertThat(spread.total()).isEqualTo(6);
        assertThat(spread.bars()).extracting(VoteSpread.Bar::count).containsExactly(0, 2, 3, 0, 1);
        assertThat(spread.median()).map(AnswerChoice::answer).contains(new Answer.Level(2));
        assertThat(spread.span()).isEqualTo(3);
        assertThat(spread.discuss()).isTrue();
        assertThat(spread.maxCount()).isEqualTo(3);
    }

    @Test
    void withAnEvenSplitTheLowerMiddleVoteIsSuggested() {
        // Ballots 1 1 3 3: the middle pair is 1 and 3; the cautious reading is 1.
        VoteSpread spread = VoteSpread.of(LEVELS, Map.of("1", 2, "3", 2));

        assertThat(spread.median()).map(AnswerChoice::answer).contains(new Answer.Level(1));
    }

    @Test
    void votesOneLevelApartNeedNoDiscussionTwoApartDo() {
        assertThat(VoteSpread.of(LEVELS, Map.of("1", 2, "2", 3)).discuss()).isFalse();
        assertThat(VoteSpread.of(LEVELS, Map.of("1", 2, "2", 3)).span()).isEqualTo(1);
        assertThat(VoteSpread.of(LEVELS, Map.of("0", 1, "2", 1)).discuss()).isTrue();
        assertThat(VoteSpread.of(LEVELS, Map.of("3", 7)).discuss()).isFalse();
    }

    @Test
    void noVotesMeansNoMedianAndNothingToDiscuss() {
        VoteSpread spread = VoteSpread.of(LEVELS, Map.of());

        assertThat(spread.total()).isZero();
        assertThat(spread.median()).isEmpty();
        assertThat(spread.discuss()).isFalse();
    }

    @Test
    void onAHalfStepScaleTheSpanCountsScalePositionsNotValues() {
        Scale halves = new Scale(List.of(new ScaleLevel(0, "No"), new ScaleLevel(0.5, "Half"), new ScaleLevel(1, "Yes")));
        Item item = new Item("p", "c", ItemKind.PRACTICE, "P", "Q?", "W", "", 1,
                List.of(new LevelDescriptor(0, "a"), new LevelDescriptor(0.5, "b"), new LevelDescriptor(1, "c")), List.of());

        VoteSpread spread = VoteSpread.of(AnswerChoice.of(item, halves), Map.of("0", 1, "1", 1));

        assertThat(spread.span()).isEqualTo(2);
        assertThat(spread.discuss()).isTrue();
        assertThat(VoteSpread.of(AnswerChoice.of(item, halves), Map.of("0.5", 1, "1", 1)).discuss()).isFalse();
    }

    @Test
    void litmusOptionsTakeThePositionOfTheirScoreOnTheScaleWhateverTheirListedOrder() {
        Item litmus = new Item("l", "c", ItemKind.LITMUS, "L", "Q?", "W", "", 1, List.of(), List.of(
                new AnswerOption("best", "Best", 4), new AnswerOption("ok", "OK", 3), new AnswerOption("worst", "Worst", 0)));
        List<AnswerChoice> choices = AnswerChoice.of(litmus, ZERO_TO_FOUR);

        assertThat(choices).extracting(AnswerChoice::digit).containsExactly(1, 2, 3);
        assertThat(choices).extracting(AnswerChoice::position).containsExactly(4, 3, 0);
        VoteSpread spread = VoteSpread.of(choices, Map.of("best", 1, "ok", 1));
        assertThat(spread.discuss()).isFalse();
        assertThat(spread.median()).map(AnswerChoice::answer).contains(new Answer.Choice("ok"));
        assertThat(VoteSpread.of(choices, Map.of("ok", 1, "worst", 1)).span()).isEqualTo(3);
        assertThat(VoteSpread.of(choices, Map.of("ok", 1, "worst", 1)).discuss()).isTrue();
    }
}
