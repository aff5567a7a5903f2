package io.debtmeter.ui.connect;

import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The connect dialog's "CA certificate" row: a path and "Choose…", shown only in a TLS mode that checks the
 * server against a CA. Its own class to keep the dialog small; the dialog places it and validates the field.
 */
final class CaFileRow {

    private final ConnectViewModel model;
    private final Texts texts;
    private final TextField field = new TextField();
    private final Label label;
    private final HBox fieldAndButton;

    CaFileRow(ConnectViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        field.setId("connect-ca-file");
        field.setPromptText(texts.get("connect.caFile.prompt"));
        field.textProperty().bindBidirectional(model.caFileProperty());
        field.setAccessibleText(texts.get("connect.caFile"));
        Button choose = new Button(texts.get("connect.caFile.choose"), AppIcon.OPEN_FILE.create());
        choose.setId("connect-ca-file-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> choose());
        label = new Label(texts.get("connect.caFile"));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        fieldAndButton = new HBox(10, field, choose);
        fieldAndButton.setId("connect-ca-row");
        fieldAndButton.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> ServerAddress.verifiesServer(model.sslModeProperty().get()), model.sslModeProperty());
        for (Node node : new Node[] {label, fieldAndButton}) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }

    Label label() {
        return label;
    }

    /** The field and its "Choose…" button, for the grid's second column. */
    HBox fieldAndButton() {
        return fieldAndButton;
    }

    TextField field() {
        return field;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("connect.caFile.chooserTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("connect.caFile.certificates"), "*.crt", "*.pem"),
                new FileChooser.ExtensionFilter(texts.get("connect.caFile.all"), "*"));
        startFolder().ifPresent(chooser::setInitialDirectory);
        File picked = chooser.showOpenDialog(field.getScene().getWindow());
        if (picked != null) {
            field.setText(picked.getAbsolutePath());
        }
    }

    /** The folder of the file named now, else ~/.postgresql where the driver's default lives, when there. */
    private java.util.Optional<File> startFolder() {
        try {
            Path named = model.caFileProperty().get().isBlank() ? null : Path.of(model.caFileProperty().get().trim());
            Path folder = named != null && named.toAbsolutePath().getParent() != null
                    ? named.toAbsolutePath().getParent()
                    : Path.of(System.getProperty("user.home"), ".postgresql");
            return folder.toFile().isDirectory() ? java.util.Optional.of(folder.toFile()) : java.util.Optional.empty();
        } catch (InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }
}
