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

    interface Choices {
        void chooseAnotherFile();

        void openReadOnly();

        void restoreNewestBackup();

        void quit();
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
        Label label = new Label(texts.get("startup.opening", file));
        label.setWrapText(true);
        getChildren().setAll(new ProgressIndicator(), label);
    }

    void showProblem(String message, boolean offerReadOnly) {
        showProblem(message, offerReadOnly, false);
    }

    /** {@code offerRestore}: the file is damaged and a backup is there to put in its place. */
    void showProblem(String message, boolean offerReadOnly, boolean offerRestore) {
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
        another.setOnAction(event -> choices.chooseAnotherFile());
        Button readOnly = new Button(texts.get("startup.readOnly"));
        readOnly.setId("startup-read-only");
        readOnly.setVisible(offerReadOnly);
        readOnly.setManaged(offerReadOnly);
        readOnly.setOnAction(event -> choices.openReadOnly());
        Button restore = new Button(texts.get("startup.restore"));
        restore.setId("startup-restore");
        restore.setVisible(offerRestore);
        restore.setManaged(offerRestore);
        restore.setOnAction(event -> choices.restoreNewestBackup());
        if (offerRestore) {
            // The way on for a damaged file: the accent moves from "another file" to the backup.
            another.getStyleClass().remove("accent");
            restore.getStyleClass().add("accent");
        }
        Button quit = new Button(texts.get("startup.quit"));
        quit.setId("startup-quit");
        quit.setOnAction(event -> choices.quit());
        HBox buttons = new HBox(12, restore, another, readOnly, quit);
        buttons.setAlignment(Pos.CENTER);
        getChildren().setAll(title, text, buttons);
    }
}
