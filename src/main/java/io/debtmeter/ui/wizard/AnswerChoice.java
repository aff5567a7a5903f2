package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One answer a team can give to an item, as the wizard offers it: a level of the scale for a
 * practice, an option for a litmus question. Cards, votes and digit keys all work from this list.
 *
 * @param position   place on the scale, 0 = worst; used to measure how far apart votes are
 * @param digit      the digit key that picks it: the scale position for a level (a 0/0.5/1 scale uses
 *                   0, 1, 2), the 1-based listed order for a litmus option
 * @param voteKey    the key its votes are kept under in {@link ItemResponse#votes()}
 * @param number     what the card shows large: the level's value, or the option's digit
 * @param value      the level's value, or the option's score on the scale
 * @param descriptor what the level means for this practice; empty for an option
 */
public record AnswerChoice(int position, int digit, String voteKey, String number, String label,
                           String descriptor, double value, Answer answer) {

    /** The choices in the order they are shown: a practice's levels from worst to best, a litmus item's options as listed. */
    public static List<AnswerChoice> of(Item item, Scale scale) {
        return item.kind() == ItemKind.LITMUS ? options(item, scale) : levels(item, scale);
    }

    public static Optional<AnswerChoice> forDigit(List<AnswerChoice> choices, int digit) {
        return choices.stream().filter(c -> c.digit() == digit).findFirst();
    }

    public static Optional<AnswerChoice> forAnswer(List<AnswerChoice> choices, Answer answer) {
        return choices.stream().filter(c -> c.answer().equals(answer)).findFirst();
    }

    /** "2" for 2.0, "0.5" for 0.5: how people write scale values. */
    public static String format(double value) {
        return ItemResponse.voteKey(value);
    }

    public boolean showsDigit() {
        return !String.valueOf(digit).equals(number);
    }

    private static List<AnswerChoice> levels(Item item, Scale scale) {
        List<ScaleLevel> sorted = scale.levels().stream().sorted(Comparator.comparingDouble(ScaleLevel::value)).toList();
        List<AnswerChoice> choices = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ScaleLevel level = sorted.get(i);
            String descriptor = item.level(level.value()).map(l -> l.descriptor()).orElse("");
            choices.add(new AnswerChoice(i, i, ItemResponse.voteKey(level.value()), format(level.value()),
                    level.label(), descriptor, level.value(), new Answer.Level(level.value())));
        }
        return List.copyOf(choices);
    }

    /**
     * Options keep the rubric's order (often best first). Their position is that of the scale level
     * nearest their score, so "two levels apart" means the same for options as for levels.
     */
    private static List<AnswerChoice> options(Item item, Scale scale) {
        List<Double> values = scale.levels().stream().map(ScaleLevel::value).sorted().toList();
        List<AnswerChoice> choices = new ArrayList<>();
        for (int i = 0; i < item.options().size(); i++) {
            AnswerOption option = item.options().get(i);
            choices.add(new AnswerChoice(nearest(values, option.score()), i + 1, option.id(), String.valueOf(i + 1),
                    option.label(), "", option.score(), new Answer.Choice(option.id())));
        }
        return List.copyOf(choices);
    }

    private static int nearest(List<Double> values, double score) {
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            if (Math.abs(values.get(i) - score) < Math.abs(values.get(best) - score)) {
                best = i;
            }
        }
        return best;
    }
}
