package io.debtmeter.ui.about;

import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Where the data lives, with a way to open each folder; the version; how to use another file. */
public final class AboutView extends ScrollPane {

    public AboutView(Texts texts, String version, Path database, boolean readOnly, Path dataFolder,
                     Path userRubrics, Consumer<Path> openFolder) {
        this(texts, version, database, null, readOnly, dataFolder, userRubrics, openFolder);
    }

    /**
     * @param shared where a database on a PostgreSQL server is ("Shared: alice@db…:5432/debt · TLS require"),
     *               shown in place of the database file, which it has none of; null for a file
     */
    public AboutView(Texts texts, String version, Path database, String shared, boolean readOnly, Path dataFolder,
                     Path userRubrics, Consumer<Path> openFolder) {
        setId("about");
        setFitToWidth(true);
        getStyleClass().add("page-scroll");
        Label heading = new Label(texts.get("about.heading"), AppIcon.APP.create(32));
        heading.getStyleClass().add("page-heading");
        Label versionLabel = new Label(texts.get("about.version", version));
        versionLabel.getStyleClass().add("page-subheading");

        GridPane places = new GridPane();
        places.setHgap(12);
        places.setVgap(10);
        if (shared == null) {
            addPlace(places, 0, texts.get("about.database"), "about-database", database, database.toAbsolutePath().getParent(), texts, openFolder);
        } else {
            Label label = new Label(texts.get("about.database"));
            label.setStyle("-fx-font-weight: bold");
            TextField where = new TextField(shared);
            where.setEditable(false);
            where.setId("about-database");
            label.setLabelFor(where);
            places.addRow(0, label, where);
        }
        addPlace(places, 1, texts.get("about.dataFolder"), "about-data-folder", dataFolder, dataFolder, texts, openFolder);
        addPlace(places, 2, texts.get("about.userRubrics"), "about-user-rubrics", userRubrics, userRubrics, texts, openFolder);

        Label readOnlyNote = new Label(texts.get(shared == null ? "about.databaseReadOnly" : "about.sharedReadOnly"),
                AppIcon.WARNING.create());
        readOnlyNote.setVisible(readOnly);
        readOnlyNote.setManaged(readOnly);
        Label backups = wrapped(texts.get("about.backups"));
        Label override = wrapped(texts.get("about.dbOverride"));
        VBox page = new VBox(16, heading, versionLabel, places, readOnlyNote, backups, override);
        page.getStyleClass().add("page");
        setContent(page);
    }

    private static void addPlace(GridPane grid, int row, String name, String id, Path shown, Path folder,
                                 Texts texts, Consumer<Path> openFolder) {
        Label label = new Label(name);
        label.setStyle("-fx-font-weight: bold");
        TextField path = new TextField(shown.toAbsolutePath().toString());
        path.setEditable(false);
        path.setId(id);
        path.setPrefColumnCount(48);
        label.setLabelFor(path);
        GridPane.setHgrow(path, Priority.ALWAYS);
        Button open = new Button(texts.get("about.openFolder"), AppIcon.OPEN_FOLDER.create());
        open.setId(id + "-open");
        open.setAccessibleText(texts.get("about.openFolder") + ": " + name);
        open.setOnAction(event -> openFolder.accept(folder));
        grid.addRow(row, label, path, open);
        GridPane.setHalignment(label, javafx.geometry.HPos.LEFT);
        label.setAlignment(Pos.CENTER_LEFT);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
