package io.debtmeter.ui.wizard;

import io.debtmeter.model.ActionItem;
import io.debtmeter.ui.common.Texts;

import java.time.format.DateTimeFormatter;

/** "Ana · due 15 Nov 2026": who and when, for an action row. */
final class ActionText {

    private static final DateTimeFormatter DATE = io.debtmeter.core.scoring.DisplayDates.formatter();

    private ActionText() {
    }

    static String meta(ActionItem action, Texts texts) {
        String owner = action.owner().isBlank() ? texts.get("wizard.action.noOwner") : action.owner();
        return action.due().map(due -> texts.get("wizard.action.meta", owner, DATE.format(due)))
                .orElse(owner);
    }
}
