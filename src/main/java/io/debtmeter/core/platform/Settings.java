package io.debtmeter.core.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Small per-user preferences (the theme), in a properties file in the data folder, beside the
 * database, so they travel with it and tests can use their own folder. Written to a temporary file
 * and moved into place, so a crash never leaves half a file.
 */
public final class Settings {

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable or garbled settings file only costs the user their preferences.
                values.clear();
            }
        }
    }

    public static Settings in(Path dataFolder) {
        return new Settings(dataFolder.resolve("settings.properties"));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    /** Remembers the value; throws {@link UncheckedIOException} when the folder cannot be written. */
    public void put(String key, String value) {
        values.setProperty(key, value);
        try {
            // Often the first thing to make the data folder, which must be private from the start.
            PrivateFiles.createFolders(file.toAbsolutePath().getParent());
            Path temporary = PrivateFiles.createTempFile(file.toAbsolutePath().getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                values.store(out, "Debtmeter settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save settings to " + file, e);
        }
    }
}
