package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Actions the team agrees on for this item: added, edited, marked done or dropped. */
final class ActionsPanel extends VBox {

    private final WizardViewModel viewModel;
    private final ActionsState actions;
    private final Texts texts;
    private final VBox list = new VBox(8);
    private final Label empty = new Label();
    private final ActionForm addForm;
    /** Rows shown as editors; kept by id so a list refresh does not close an open editor. */
    private final Set<UUID> editing = new HashSet<>();

    ActionsPanel(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.actions = viewModel.actions();
        this.texts = texts;
        this.addForm = new ActionForm(texts, "wizard-action", texts.get("wizard.action.add"), this::add, null);
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-actions");
        getStyleClass().addAll(AppCss.FRAMED_CARD, WizardCss.SCREEN.panel());
        Label title = WizardCss.SCREEN.panelTitle(texts.get("wizard.actions").toUpperCase(), AppIcon.ACTION.create());
        list.setId("wizard-action-list");
        empty.setText(texts.get("wizard.actions.none"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        // The new action's fields first: Ctrl+3 lands there, in view however many actions the item has.
        getChildren().addAll(title, addForm, empty, list);
    }

    /** Puts a part (the earlier quarters' open actions) between the new action's fields and this item's actions. */
    void insertBelowForm(Node part) {
        getChildren().add(getChildren().indexOf(addForm) + 1, part);
    }

    /** The new action's text field; nothing to type into while the assessment is read-only. */
    void focusNewAction() {
        if (addForm.isVisible()) {
            addForm.focusText();
        }
    }

    private void initListeners() {
        actions.actionsRaisedHere().addListener((ListChangeListener<ActionItem>) change -> showActions());
        addForm.onEdit(actions::setActionDraft);
        viewModel.currentProperty().addListener((obs, old, current) -> {
            editing.clear();
            // A half-typed action was added to the item we left (WizardViewModel.saveDrafts).
            addForm.clear();
            showActions();
        });
        viewModel.readOnlyProperty().addListener((obs, old, readOnly) -> showActions());
        showActions();
    }

    private void add(String text, String owner, java.util.Optional<java.time.LocalDate> due) {
        actions.addAction(text, owner, due);
        addForm.clear();
        addForm.focusText();
    }

    private void showActions() {
        boolean readOnly = viewModel.readOnlyProperty().get();
        addForm.setVisible(!readOnly);
        addForm.setManaged(!readOnly);
        list.getChildren().clear();
        for (ActionItem action : actions.actionsRaisedHere()) {
            list.getChildren().add(editing.contains(action.id()) && !readOnly ? editor(action) : row(action, readOnly));
        }
        empty.setVisible(actions.actionsRaisedHere().isEmpty());
        empty.setManaged(actions.actionsRaisedHere().isEmpty());
    }

    private Node row(ActionItem action, boolean readOnly) {
        Label text = new Label(action.text());
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        if (!action.isOpen()) {
            text.getStyleClass().add(Styles.TEXT_STRIKETHROUGH);
        }
        Label meta = new Label(ActionText.meta(action, texts) + " \u00b7 " + texts.get("wizard.action.status." + action.status().name()));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        VBox description = new VBox(2, text, meta);
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox row = new HBox(6, description);
        row.setId("action-row-" + action.id());
        row.getStyleClass().add(WizardCss.ACTION_ROW);
        row.setAlignment(Pos.CENTER_LEFT);
        if (readOnly) {
            return row;
        }
        row.getChildren().add(iconButton("action-edit-", action, AppIcon.EDIT, "wizard.action.edit", () -> {
            editing.add(action.id());
            showActions();
        }));
        if (action.isOpen()) {
            row.getChildren().add(iconButton("action-done-", action, AppIcon.CHECK, "wizard.action.done",
                    () -> actions.setActionStatus(action, ActionStatus.DONE)));
            row.getChildren().add(iconButton("action-drop-", action, AppIcon.DROP, "wizard.action.drop",
                    () -> actions.setActionStatus(action, ActionStatus.DROPPED)));
        } else {
            row.getChildren().add(iconButton("action-reopen-", action, AppIcon.REOPEN, "wizard.action.reopen",
                    () -> actions.setActionStatus(action, ActionStatus.OPEN)));
        }
        return row;
    }

    private Node editor(ActionItem action) {
        String prefix = "action-editor-" + action.id();
        ActionForm form = new ActionForm(texts, prefix, texts.get("wizard.action.save"), (text, owner, due) -> {
            editing.remove(action.id());
            actions.updateAction(new ActionItem(action.id(), action.teamId(), action.raisedIn(), action.itemId(),
                    text.strip(), owner.strip(), due, action.status(), action.createdAt(), action.updatedAt()));
        }, () -> {
            editing.remove(action.id());
            showActions();
        });
        form.fill(action);
        form.setId(prefix);
        form.getStyleClass().add(WizardCss.ACTION_ROW);
        return form;
    }

    /** Small buttons with a word beside the icon: on a shared screen an icon alone is guesswork. */
    private Button iconButton(String idPrefix, ActionItem action, AppIcon icon, String textKey, Runnable onClick) {
        Button button = new Button(texts.get(textKey), icon.create());
        button.setId(idPrefix + action.id());
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setAccessibleText(texts.get(textKey) + ": " + action.text());
        button.setTooltip(new javafx.scene.control.Tooltip(texts.get(textKey)));
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(event -> onClick.run());
        return button;
    }
}
