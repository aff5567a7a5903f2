package io.debtmeter.ui.shell;

import io.debtmeter.ui.common.Texts;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the window asks of the desktop: its icons, and a database file picked in the system's file dialog. */
final class WindowIcons {

    private WindowIcons() {
    }

    /** Generated from assets/icons/debtmeter.svg; the window system picks the size it needs. */
    static List<Image> all() {
        return List.of(16, 32, 48, 128).stream()
                .map(size -> new Image(Objects.requireNonNull(WindowIcons.class.getResource(
                        "/io/debtmeter/ui/icons/debtmeter-" + size + ".png")).toExternalForm()))
                .toList();
    }

    /** A database file to open or create (a save dialog, so a new name may be typed); empty when cancelled. */
    static Optional<Path> chooseDatabaseFile(Stage owner, Texts texts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("startup.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Debtmeter database", "*.db"));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
