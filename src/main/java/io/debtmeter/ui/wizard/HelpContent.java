package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The F1 card: every shortcut of the wizard, from {@link WizardKeys#HELP_ROWS}. */
final class HelpContent extends VBox {

    HelpContent(Texts texts, Runnable onClose) {
        super(12);
        Label title = new Label(texts.get("wizard.help.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        GridPane grid = new GridPane();
        grid.setId("wizard-help-keys");
        grid.setHgap(18);
        grid.setVgap(8);
        int row = 0;
        for (WizardKeys.HelpRow help : WizardKeys.HELP_ROWS) {
            Label keys = new Label(help.keys());
            keys.getStyleClass().add(WizardCss.KEYCAP);
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label what = new Label(texts.get(help.textKey()));
            what.setWrapText(true);
            what.setMaxWidth(520);
            grid.addRow(row++, keys, what);
        }
        // The list scrolls when the window is too low for it (presenter mode): title, note and Close stay in view.
        ScrollPane keys = new ScrollPane(grid);
        keys.setId("wizard-help-scroll");
        keys.setFitToWidth(true);
        keys.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        keys.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        keys.setMinHeight(60);
        // As tall as the list once its descriptions wrap (a scroll pane would ask for their one-line height);
        // the overlay holds the card to the window, and only then does the list scroll.
        keys.prefViewportHeightProperty().bind(grid.heightProperty());
        VBox.setVgrow(keys, Priority.ALWAYS);
        VBox.setVgrow(this, Priority.ALWAYS);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label note = new Label(texts.get("wizard.help.textFields"));
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setWrapText(true);
        note.setMaxWidth(600);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        Button close = new Button(texts.get("wizard.overlay.close"));
        close.setId("wizard-help-close");
        close.setAccessibleText(texts.get("wizard.overlay.close"));
        close.setDefaultButton(true);
        close.setOnAction(event -> onClose.run());
        close.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, keys, note, close);
    }
}
