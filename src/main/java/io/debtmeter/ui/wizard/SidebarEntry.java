package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Item;

import java.util.Optional;

/**
 * One line of the wizard's item list.
 *
 * @param index   the item's 0-based place in the rubric
 * @param unsaved its latest change could not be saved
 * @param discuss the team's votes lie two or more levels apart, whatever the state: a chosen level does
 *                not end the disagreement, only a re-vote that brings the votes closer or clearing them does
 */
public record SidebarEntry(Item item, int index, ItemState state, Optional<Answer> answer, boolean unsaved,
                           boolean discuss) {
}
