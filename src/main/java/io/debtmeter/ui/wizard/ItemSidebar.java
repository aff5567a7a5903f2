package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/**
 * Every item grouped by category, each with its state as an icon and a word (so state does not rest
 * on colour): answered (its level), N/A, open, carried over, discuss. Clicking jumps to the item.
 * "Discuss" stays beside a chosen level while the votes lie far apart.
 */
final class ItemSidebar extends ScrollPane {

    /** Votes far apart, shown beside whatever the item's state is. */
    private static final PseudoClass DISCUSS = PseudoClass.getPseudoClass("discuss");

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final AnswerText answerText;
    private final VBox content = new VBox();
    private final Map<String, Row> rows = new HashMap<>();

    ItemSidebar(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.answerText = new AnswerText(texts);
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-sidebar");
        getStyleClass().add(WizardCss.SIDEBAR);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("sidebar-content");
        setContent(content);
    }

    private void initListeners() {
        viewModel.progress().sidebar().addListener((ListChangeListener<SidebarEntry>) change -> update());
        viewModel.currentProperty().addListener((obs, old, current) -> markCurrent());
        update();
    }

    private void build(Rubric rubric) {
        content.getChildren().clear();
        rows.clear();
        for (Category category : rubric.categories()) {
            Label heading = new Label(category.title().toUpperCase());
            heading.getStyleClass().add(WizardCss.SIDEBAR_CATEGORY);
            heading.setWrapText(true);
            content.getChildren().add(heading);
            for (Item item : rubric.itemsOf(category.id())) {
                Row row = new Row(item);
                rows.put(item.id(), row);
                content.getChildren().add(row.button);
            }
        }
    }

    private void update() {
        Rubric rubric = viewModel.rubric();
        if (rubric == null) {
            return;
        }
        if (rows.isEmpty()) {
            build(rubric);
        }
        for (SidebarEntry entry : viewModel.progress().sidebar()) {
            rows.get(entry.item().id()).show(entry, rubric);
        }
        markCurrent();
    }

    private void markCurrent() {
        CurrentItem current = viewModel.currentProperty().get();
        rows.forEach((id, row) -> row.button.pseudoClassStateChanged(WizardCss.CURRENT,
                current != null && current.item().id().equals(id)));
        if (current != null && rows.containsKey(current.item().id())) {
            scrollIntoView(rows.get(current.item().id()).button);
        }
    }

    /** Keeps the current item in view when the facilitator moves with the arrow keys. */
    private void scrollIntoView(Button button) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        double y = button.getBoundsInParent().getMinY();
        double top = getVvalue() * (contentHeight - viewport);
        if (y < top || y + button.getHeight() > top + viewport) {
            setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
        }
    }

    /**
     * A label at least as wide as its longest unbreakable run in bold (the current item's weight), so it
     * wraps only where a line may break: between words in English, between most characters in Japanese.
     */
    private static void keepWordsWhole(Label label) {
        Runnable measure = () -> {
            Font font = label.getFont();
            Text probe = new Text();
            probe.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
            double widest = 0;
            String text = label.getText() == null ? "" : label.getText();
            java.text.BreakIterator lines = java.text.BreakIterator.getLineInstance(java.util.Locale.ROOT);
            lines.setText(text);
            for (int start = lines.first(), end = lines.next(); end != java.text.BreakIterator.DONE;
                 start = end, end = lines.next()) {
                probe.setText(text.substring(start, end).strip());
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            label.setMinWidth(Math.ceil(widest) + 2);
        };
        label.fontProperty().addListener((obs, old, font) -> measure.run());
        label.textProperty().addListener((obs, old, text) -> measure.run());
        measure.run();
    }

    private static AppIcon iconOf(SidebarEntry entry) {
        if (entry.unsaved()) {
            return AppIcon.UNSAVED;
        }
        return switch (entry.state()) {
            case ANSWERED -> AppIcon.SELECTED;
            case NOT_APPLICABLE -> AppIcon.NOT_APPLICABLE;
            case DONT_KNOW -> AppIcon.DONT_KNOW;
            case CARRIED_OVER -> AppIcon.CARRIED_OVER;
            case DISCUSS -> AppIcon.DISCUSS;
            case OPEN -> AppIcon.NOT_SELECTED;
        };
    }

    /**
     * One item's line: state icon, title, and a short state word at the right. Long titles wrap onto
     * more lines rather than being cut: the button asks its line for the height it needs at its width.
     */
    private final class Row {
        private final StackPane icon = new StackPane();
        private final Label state = new Label();
        private final HBox line;
        private final Button button = new Button() {
            @Override
            protected double computePrefHeight(double width) {
                double inner = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
                return snappedTopInset() + snappedBottomInset() + line.prefHeight(inner > 0 ? inner : -1);
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(width);
            }

            @Override
            public Orientation getContentBias() {
                return Orientation.HORIZONTAL;
            }
        };

        Row(Item item) {
            Label title = new Label(item.title());
            title.setId("sidebar-title-" + item.id());
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            state.getStyleClass().add(WizardCss.SIDEBAR_STATE);
            // Title and state word both wrap between words, never inside one ("Interpretabili / ty").
            state.setWrapText(true);
            keepWordsWhole(title);
            keepWordsWhole(state);
            line = new HBox(8, icon, title, state);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setMaxWidth(Double.MAX_VALUE);
            button.setGraphic(line);
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.setId("sidebar-" + item.id());
            button.getStyleClass().addAll(WizardCss.SIDEBAR_ITEM, Styles.FLAT);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            // The sidebar is for the mouse and Ctrl+F; Tab should stay within the item.
            button.setFocusTraversable(false);
            button.setOnAction(event -> viewModel.goToItem(item.id()));
            // A graphic is laid out at its preferred size; make it the button's inner size so the state word sits at the right.
            line.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(0, button.getWidth() - button.getInsets().getLeft() - button.getInsets().getRight()),
                    button.widthProperty(), button.insetsProperty()));
            line.setMinWidth(0);
        }

        void show(SidebarEntry entry, Rubric rubric) {
            String stateKey = entry.unsaved() ? "UNSAVED" : entry.state().name();
            icon.getChildren().setAll(iconOf(entry).create());
            state.setText(entry.unsaved() ? texts.get("wizard.sidebar.short.UNSAVED") : answerText.shortOf(entry, rubric.scale()));
            String stateText = texts.get("wizard.state." + stateKey);
            if (entry.discuss() && entry.state() != ItemState.DISCUSS) {
                stateText = texts.get("wizard.state.discussToo", stateText);
            }
            button.setAccessibleText(entry.item().title() + ", " + stateText);
            button.setTooltip(new Tooltip(entry.item().title() + " \u2014 " + stateText));
            button.getStyleClass().removeIf(c -> c.startsWith("state-"));
            button.getStyleClass().add("state-" + stateKey.toLowerCase().replace('_', '-'));
            button.pseudoClassStateChanged(DISCUSS, entry.discuss());
        }
    }
}
