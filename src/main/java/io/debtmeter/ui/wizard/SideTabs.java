package io.debtmeter.ui.wizard;

import io.debtmeter.model.ActionItem;
import io.debtmeter.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;


/**
 * The right column: last time's answer always in view, then the team's work on the item in tabs
 * (quick vote, note and evidence, actions), so each fits the window's height at 1280 × 800 instead of
 * stacking below the answers. Ctrl+1, 2, 3 open a tab and put the cursor in its first field.
 */
final class SideTabs extends VBox {

    static final int VOTES = 0;
    static final int NOTES = 1;
    static final int ACTIONS = 2;

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final TabPane tabs = new TabPane();
    private final VotesPanel votes;
    private final NotesPanel notes;
    private final ActionsPanel actions;
    private final Tab actionsTab;

    SideTabs(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.votes = new VotesPanel(viewModel, texts);
        this.notes = new NotesPanel(viewModel, texts);
        this.actions = new ActionsPanel(viewModel, texts);
        // New action first (Ctrl+3 lands there), last quarters' open actions next, this item's own list last.
        actions.insertBelowForm(new EarlierActionsPanel(viewModel, texts));
        this.actionsTab = tab("wizard-tab-actions", "wizard.tab.actions", 3, actions);
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-side-tabs");
        getStyleClass().add("wizard-side-content");
        tabs.setId("wizard-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("wizard-tab-votes", "wizard.tab.votes", 1, votes),
                tab("wizard-tab-notes", "wizard.tab.notes", 2, notes), actionsTab);
        // Tab headers stay as wide as their words: the column is sized so that all three fit.
        tabs.setTabMinWidth(0);
        // The tabs take the height left by last time's answer, which is never squeezed (its words would be cut).
        VBox.setVgrow(tabs, Priority.ALWAYS);
        tabs.setMinHeight(0);
        tabs.setPrefHeight(0);
        HistoryPanel history = new HistoryPanel(viewModel, texts);
        history.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(history, tabs);
    }

    private void initListeners() {
        ListChangeListener<ActionItem> count = change -> countActions();
        viewModel.actions().earlierOpenActions().addListener(count);
        viewModel.actions().actionsRaisedHere().addListener(count);
        countActions();
    }

    private Tab tab(String id, String key, int number, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id + "-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("wizard-scroll");
        Tab tab = new Tab(texts.get(key), scroll);
        tab.setId(id);
        tab.setTooltip(new Tooltip(texts.get("wizard.tab.tooltip", texts.get(key), WizardKeys.tabKeyText(number))));
        return tab;
    }

    /** The Actions tab says how many actions wait on the item, so earlier open ones are not missed behind it. */
    private void countActions() {
        int open = viewModel.actions().earlierOpenActions().size()
                + (int) viewModel.actions().actionsRaisedHere().stream().filter(ActionItem::isOpen).count();
        actionsTab.setText(open == 0 ? texts.get("wizard.tab.actions") : texts.get("wizard.tab.actionsCount", open));
    }

    /** Opens a tab and puts the cursor in its first field: a vote's "+", the note, the new action's text. */
    VotesPanel votes() {
        return votes;
    }

    void show(int index) {
        tabs.getSelectionModel().select(index);
        tabs.applyCss();
        tabs.layout();
        switch (index) {
            case VOTES -> votes.focusFirst();
            case NOTES -> notes.focusNote();
            case ACTIONS -> actions.focusNewAction();
            default -> { }
        }
    }
}
