package io.debtmeter.ui.transfer;

import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder the export and import dialogs start in: where the last export went (remembered in the
 * settings file, so across runs), else the desktop's documents folder ({@link UserDirectories#documentsFolder}),
 * else the home folder. Never Java's user.home by default when the desktop names somewhere better.
 */
public final class TransferFolder {

    static final String SETTING = "export.folder";

    private final Settings settings;
    private final UserDirectories directories;

    public TransferFolder(Settings settings, UserDirectories directories) {
        this.settings = settings;
        this.directories = directories;
    }

    Path start() {
        Optional<Path> remembered = settings.get(SETTING).flatMap(TransferFolder::path).filter(Files::isDirectory);
        return remembered.orElseGet(directories::documentsFolder);
    }

    /** Remembers the folder a file was written to; losing only the suggestion if the settings cannot be saved. */
    void remember(Path folder) {
        try {
            settings.put(SETTING, folder.toAbsolutePath().toString());
        } catch (RuntimeException e) {
            // Only the suggestion for next time is lost; the export itself succeeded.
        }
    }

    private static Optional<Path> path(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
