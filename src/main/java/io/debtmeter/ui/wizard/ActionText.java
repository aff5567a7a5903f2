package io.debtmeter.ui.wizard;

import io.debtmeter.model.ActionItem;
import io.debtmeter.ui.common.Texts;


/** "Ana · due 15 Nov 2026": who and when, for an action row. */
final class ActionText {


    private ActionText() {
    }

    static String meta(ActionItem action, Texts texts) {
        String owner = action.owner().isBlank() ? texts.get("wizard.action.noOwner") : action.owner();
        return action.due().map(due -> texts.get("wizard.action.meta", owner, texts.date(due)))
                .orElse(owner);
    }
}
