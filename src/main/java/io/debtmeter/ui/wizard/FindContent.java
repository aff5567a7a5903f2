package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.Item;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The Ctrl+F card: type to filter the items, Enter (or a click) jumps to the chosen one. */
final class FindContent extends VBox {

    private final TextField field = new TextField();
    private final ListView<Item> results = new ListView<>();

    FindContent(WizardViewModel viewModel, Texts texts, Consumer<Item> onJump) {
        super(10);
        setPrefWidth(560);
        Label title = new Label(texts.get("wizard.find.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setLabelFor(field);
        field.setId("wizard-find-field");
        field.setPromptText(texts.get("wizard.find.prompt"));
        field.setAccessibleText(texts.get("wizard.find.title"));
        results.setId("wizard-find-results");
        results.setAccessibleText(texts.get("wizard.find.results"));
        results.setPrefHeight(280);
        results.setPlaceholder(new Label(texts.get("wizard.find.none")));
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title() + "  \u00b7  "
                        + viewModel.rubric().category(item.categoryId()).map(c -> c.title()).orElse(""));
            }
        });
        field.textProperty().addListener((obs, old, text) -> {
            results.getItems().setAll(viewModel.find(text));
            results.getSelectionModel().selectFirst();
        });
        field.setOnAction(event -> jump(onJump));
        // Down moves from the field into the list, as in a search box.
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                event.consume();
            }
        });
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                jump(onJump);
            }
        });
        results.setOnMouseClicked(event -> jump(onJump));
        results.getItems().setAll(viewModel.find(""));
        results.getSelectionModel().selectFirst();
        getChildren().addAll(title, field, results);
    }

    void focusField() {
        field.requestFocus();
    }

    private void jump(Consumer<Item> onJump) {
        Item item = results.getSelectionModel().getSelectedItem();
        if (item != null) {
            onJump.accept(item);
        }
    }
}
