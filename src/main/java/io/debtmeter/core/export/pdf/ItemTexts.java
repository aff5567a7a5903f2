package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.scorecard.ItemDetailRow;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How an item's answer and votes are written in the scorecard report. */
record ItemTexts(ReportNumbers numbers) {

    /** Votes this many scale positions apart are flagged, as the wizard flags them (VoteSpread.DISCUSS_SPAN). */
    static final int DISCUSS_SPAN = 2;

    /** "Level 2 · Defined", "Answer: Yes, always", "Not applicable", "Unanswered". */
    String answer(Scale scale, ItemDetailRow row) {
        Optional<Answer> answer = row.answer();
        if (answer.isEmpty()) {
            return "Unanswered";
        }
        if (answer.get() instanceof Answer.NotApplicable) {
            return "Not applicable";
        }
        if (answer.get() instanceof Answer.DontKnow) {
            return "Don't know · counted as the lowest level";
        }
        if (answer.get() instanceof Answer.Choice choice) {
            return "Answer: " + row.item().option(choice.optionId()).map(AnswerOption::label).orElse(choice.optionId());
        }
        double level = row.level().orElseThrow();
        return "Level " + numbers.level(level) + " · " + scale.labelOf(level);
    }

    /** The descriptor of the chosen level of a practice; empty otherwise. */
    static String descriptor(ItemDetailRow row) {
        if (row.item().kind() != ItemKind.PRACTICE || row.level().isEmpty()) {
            return "";
        }
        return row.item().level(row.level().getAsDouble()).map(LevelDescriptor::descriptor).orElse("");
    }

    /**
     * "Votes (5): 1 × 1 Ad hoc, 3 × 2 Defined, 1 × 3 Routine · spread 2 levels, worth discussing", a line
     * labelled like its neighbours ("Note: …", "Evidence: …"); empty when nobody voted.
     */
    String votes(Scale scale, Item item, ItemResponse response) {
        List<String> choices = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (item.kind() == ItemKind.PRACTICE) {
            for (ScaleLevel level : scale.levels()) {
                choices.add(ItemResponse.voteKey(level.value()));
                labels.add(numbers.level(level.value()) + " " + level.label());
            }
        } else {
            for (AnswerOption option : item.options()) {
                choices.add(option.id());
                labels.add(option.label());
            }
        }
        Map<String, Integer> votes = response.votes();
        List<String> parts = new ArrayList<>();
        int total = 0;
        int lowest = -1;
        int highest = -1;
        for (int i = 0; i < choices.size(); i++) {
            int count = Math.max(0, votes.getOrDefault(choices.get(i), 0));
            if (count > 0) {
                parts.add(count + " × " + labels.get(i));
                total += count;
                lowest = lowest < 0 ? i : lowest;
                highest = i;
            }
        }
        if (total == 0) {
            return "";
        }
        int span = highest - lowest;
        String text = "Votes (" + total + "): " + String.join(", ", parts);
        String unit = item.kind() == ItemKind.PRACTICE ? (span == 1 ? " level" : " levels") : (span == 1 ? " option" : " options");
        text += total < 2 ? "" : span == 0 ? " · all agree" : " · spread " + span + unit;
        if (span >= DISCUSS_SPAN) {
            text += ", worth discussing";
        }
        return text;
    }
}
