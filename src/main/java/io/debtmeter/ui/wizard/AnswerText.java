package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Item;
import io.debtmeter.model.Scale;
import io.debtmeter.ui.common.Texts;

import java.util.Optional;

/** Says an answer the way the cards show it: "2 · Defined", an option's label, or "Not applicable". */
final class AnswerText {

    private final Texts texts;

    AnswerText(Texts texts) {
        this.texts = texts;
    }

    String of(Item item, Scale scale, Optional<Answer> answer) {
        if (answer.isEmpty()) {
            return texts.get("wizard.answer.none");
        }
        if (answer.get() instanceof Answer.DontKnow) {
            return texts.get("wizard.answer.dontKnow");
        }
        if (answer.get() instanceof Answer.NotApplicable) {
            return texts.get("wizard.answer.notApplicable");
        }
        return AnswerChoice.forAnswer(AnswerChoice.of(item, scale), answer.get())
                .map(choice -> texts.get("wizard.answer.choice", choice.number(), choice.label()))
                .orElse(texts.get("wizard.answer.unknown"));
    }

    /**
     * The few characters the sidebar shows at the end of an item's line: the level, or a litmus option's
     * score on the scale (as the scorecard gives it, not the option's place in the list), and "discuss"
     * beside it while the votes lie far apart.
     */
    String shortOf(SidebarEntry entry, Scale scale) {
        String state = stateOf(entry, scale);
        if (!entry.discuss() || entry.state() == ItemState.DISCUSS) {
            return state;
        }
        String discuss = texts.get("wizard.sidebar.short.DISCUSS");
        return state.isEmpty() ? discuss : texts.get("wizard.sidebar.short.withDiscuss", state, discuss);
    }

    private String stateOf(SidebarEntry entry, Scale scale) {
        return switch (entry.state()) {
            case ANSWERED -> AnswerChoice.forAnswer(AnswerChoice.of(entry.item(), scale), answerOf(entry))
                    .map(choice -> AnswerChoice.format(choice.value())).orElse("");
            case NOT_APPLICABLE -> texts.get("wizard.sidebar.short.NOT_APPLICABLE");
            case DONT_KNOW -> texts.get("wizard.sidebar.short.DONT_KNOW");
            case CARRIED_OVER -> texts.get("wizard.sidebar.short.CARRIED_OVER");
            case DISCUSS -> texts.get("wizard.sidebar.short.DISCUSS");
            case OPEN -> "";
        };
    }

    private static Answer answerOf(SidebarEntry entry) {
        return entry.answer().orElse(null);
    }
}
