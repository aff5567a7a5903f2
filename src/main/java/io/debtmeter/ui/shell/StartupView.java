package io.debtmeter.ui.shell;

import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/**
 * What the window shows before the database is open: progress, or — when the file cannot be used —
 * the problem in plain words and the ways on (the newest backup of a damaged file, another file,
 * read-only, quit). The app never dies here.
 */
final class StartupView extends VBox {

    /** @param connect the connect dialog, filled in with the server address the window tried */
    record Choices(Runnable chooseAnotherFile, Runnable openReadOnly, Runnable restoreNewestBackup, Runnable quit,
                   Runnable connect) {
    }

    private final Texts texts;
    private final Choices choices;

    StartupView(Texts texts, Choices choices) {
        this.texts = texts;
        this.choices = choices;
        setId("startup");
        setAlignment(Pos.CENTER);
        setSpacing(18);
        getStyleClass().add("page");
    }

    void showOpening(Path file) {
        showProgress(texts.get("startup.opening", file));
    }

    /** {@code where}: the server database as {@code PostgresLocation.describe()} names it. */
    void showConnecting(String where) {
        showProgress(texts.get("startup.connecting", where));
    }

    private void showProgress(String text) {
        Label label = new Label(text);
        label.setId("startup-opening");
        label.setWrapText(true);
        getChildren().setAll(new ProgressIndicator(), label);
    }

    void showProblem(String message, boolean offerReadOnly) {
        showProblem(message, offerReadOnly, false);
    }

    /** {@code offerRestore}: the file is damaged and a backup is there to put in its place. */
    void showProblem(String message, boolean offerReadOnly, boolean offerRestore) {
        showProblem(message, offerReadOnly, offerRestore, false);
    }

    /** {@code offerConnect}: the database is on a server; the connect dialog is the way to fix address or password. */
    void showProblem(String message, boolean offerReadOnly, boolean offerRestore, boolean offerConnect) {
        Label title = new Label(texts.get("startup.problem.title"), AppIcon.WARNING.create(28));
        title.getStyleClass().add("page-heading");
        Label text = new Label(message);
        text.setId("startup-problem");
        text.setWrapText(true);
        text.setMaxWidth(640);
        text.getStyleClass().add("page-subheading");
        Button another = new Button(texts.get("startup.chooseFile"), AppIcon.OPEN_FOLDER.create());
        another.setId("startup-choose-file");
        another.getStyleClass().add("accent");
        another.setOnAction(event -> choices.chooseAnotherFile().run());
        Button readOnly = new Button(texts.get("startup.readOnly"));
        readOnly.setId("startup-read-only");
        readOnly.setVisible(offerReadOnly);
        readOnly.setManaged(offerReadOnly);
        readOnly.setOnAction(event -> choices.openReadOnly().run());
        Button restore = new Button(texts.get("startup.restore"));
        restore.setId("startup-restore");
        restore.setVisible(offerRestore);
        restore.setManaged(offerRestore);
        restore.setOnAction(event -> choices.restoreNewestBackup().run());
        if (offerRestore) {
            // The way on for a damaged file: the accent moves from "another file" to the backup.
            another.getStyleClass().remove("accent");
            restore.getStyleClass().add("accent");
        }
        Button connect = new Button(texts.get("startup.connect"), AppIcon.SHARED_DATABASE.create());
        connect.setId("startup-connect");
        connect.setVisible(offerConnect);
        connect.setManaged(offerConnect);
        connect.setOnAction(event -> choices.connect().run());
        if (offerConnect && !offerRestore) {
            another.getStyleClass().remove("accent");
            connect.getStyleClass().add("accent");
        }
        Button quit = new Button(texts.get("startup.quit"));
        quit.setId("startup-quit");
        quit.setOnAction(event -> choices.quit().run());
        HBox buttons = new HBox(12, restore, connect, another, readOnly, quit);
        buttons.setAlignment(Pos.CENTER);
        getChildren().setAll(title, text, buttons);
    }
}
