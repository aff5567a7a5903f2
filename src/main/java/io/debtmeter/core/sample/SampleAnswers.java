package io.debtmeter.core.sample;

import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Turns a team's position on an item (0..1) into what it would record: an answer, and the votes
 * behind it. Each item's choices are worked out once: this runs 600,000 times for a big sample.
 */
final class SampleAnswers {

    /**
     * What an item can be answered with, worst first.
     *
     * @param positions each choice's place on the scale, 0..1
     * @param keys      vote keys: level keys of a practice, option ids of a litmus question
     * @param answers   the answer each choice records
     */
    private record Choices(double[] positions, List<String> keys, List<Answer> answers) {
    }

    private final Map<String, Choices> choicesByItem = new HashMap<>();

    SampleAnswers(Rubric rubric) {
        for (Item item : rubric.items()) {
            double[] values = item.kind() == ItemKind.PRACTICE
                    ? item.levels().stream().mapToDouble(LevelDescriptor::value).sorted().toArray()
                    : item.options().stream().mapToDouble(AnswerOption::score).sorted().toArray();
            double[] positions = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                positions[i] = rubric.scale().normalise(values[i]);
            }
            List<String> keys;
            List<Answer> answers;
            if (item.kind() == ItemKind.PRACTICE) {
                keys = java.util.Arrays.stream(values).mapToObj(ItemResponse::voteKey).toList();
                answers = java.util.Arrays.stream(values).mapToObj(v -> (Answer) new Answer.Level(v)).toList();
            } else {
                keys = item.options().stream().sorted(Comparator.comparingDouble(AnswerOption::score))
                        .map(AnswerOption::id).toList();
                answers = keys.stream().map(id -> (Answer) new Answer.Choice(id)).toList();
            }
            choicesByItem.put(item.id(), new Choices(positions, keys, answers));
        }
    }

    /** The nearest level of a practice, or the option of a litmus question whose score is nearest. */
    Answer answerAt(Item item, double position) {
        Choices choices = choicesByItem.get(item.id());
        return choices.answers().get(nearest(choices, position));
    }

    /** Everyone present votes; most agree with the settled answer, some are one step either side. */
    Map<String, Integer> votes(Item item, Answer settled, int voters, SplittableRandom random) {
        Choices choices = choicesByItem.get(item.id());
        int settledIndex = choices.answers().indexOf(settled);
        Map<String, Integer> votes = new TreeMap<>();
        for (int i = 0; i < voters; i++) {
            int step = random.nextDouble() < 0.3 ? (random.nextBoolean() ? 1 : -1) : 0;
            int index = Math.max(0, Math.min(choices.keys().size() - 1, settledIndex + step));
            votes.merge(choices.keys().get(index), 1, Integer::sum);
        }
        return votes;
    }

    /** The next level up from a practice's answer, for a target; empty at the top or for a litmus question. */
    OptionalDouble nextLevel(Item item, Answer answer) {
        if (item.kind() != ItemKind.PRACTICE || !(answer instanceof Answer.Level level)) {
            return OptionalDouble.empty();
        }
        return item.levels().stream().mapToDouble(LevelDescriptor::value).filter(v -> v > level.value()).min();
    }

    private static int nearest(Choices choices, double position) {
        int index = 0;
        for (int i = 1; i < choices.positions().length; i++) {
            if (Math.abs(choices.positions()[i] - position) < Math.abs(choices.positions()[index] - position)) {
                index = i;
            }
        }
        return index;
    }
}
