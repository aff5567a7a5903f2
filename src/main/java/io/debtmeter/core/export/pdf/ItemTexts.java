package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.scorecard.ItemDetailRow;
import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.model.Answer;
import io.debtmeter.core.voting.VotingChoice;
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
record ItemTexts(ReportNumbers numbers, ReportTexts texts) {

    /** Votes this many scale positions apart are flagged, as the wizard flags them (VoteSpread.DISCUSS_SPAN). */
    static final int DISCUSS_SPAN = 2;

    /** "Level 2 · Defined", "Answer: Yes, always", "Not applicable", "Unanswered". */
    String answer(Scale scale, ItemDetailRow row) {
        Optional<Answer> answer = row.answer();
        if (answer.isEmpty()) {
            return texts.get("pdf.answer.unanswered");
        }
        if (answer.get() instanceof Answer.NotApplicable) {
            return texts.get("pdf.answer.notApplicable");
        }
        if (answer.get() instanceof Answer.DontKnow) {
            return texts.get("pdf.answer.dontKnow");
        }
        if (answer.get() instanceof Answer.Choice choice) {
            return texts.get("pdf.answer.option",
                    row.item().option(choice.optionId()).map(AnswerOption::label).orElse(choice.optionId()));
        }
        double level = row.level().orElseThrow();
        return texts.get("pdf.answer.level", numbers.level(level), scale.labelOf(level));
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
        int notApplicable = Math.max(0, votes.getOrDefault(VotingChoice.NOT_APPLICABLE, 0));
        int dontKnow = Math.max(0, votes.getOrDefault(VotingChoice.DONT_KNOW, 0));
        String asides = notApplicable + dontKnow == 0 ? ""
                : texts.get("pdf.votes.asides", String.valueOf(notApplicable), String.valueOf(dontKnow));
        if (total == 0) {
            return asides;
        }
        String text = texts.get("pdf.votes", String.valueOf(total), String.join(", ", parts)) + spreadOf(item, total, highest - lowest);
        return asides.isEmpty() ? text : text + " · " + asides;
    }

    /** " · all agree", " · spread 2 levels, worth discussing", or nothing for a single vote. */
    private String spreadOf(Item item, int total, int span) {
        if (total < 2) {
            return "";
        }
        if (span == 0) {
            return " · " + texts.get("pdf.votes.agree");
        }
        String key = item.kind() == ItemKind.PRACTICE ? (span == 1 ? "pdf.votes.spreadLevel" : "pdf.votes.spreadLevels")
                : (span == 1 ? "pdf.votes.spreadOption" : "pdf.votes.spreadOptions");
        String spread = texts.get(key, String.valueOf(span));
        return " · " + (span >= DISCUSS_SPAN ? texts.get("pdf.votes.discuss", spread) : spread);
    }
}
