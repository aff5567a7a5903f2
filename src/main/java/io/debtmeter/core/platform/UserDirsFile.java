package io.debtmeter.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the XDG user-dirs file (~/.config/user-dirs.dirs) that xdg-user-dirs writes: shell lines such as
 * {@code XDG_DOCUMENTS_DIR="$HOME/Dokumente"}. Only the forms that tool writes are understood: a value in
 * double quotes that is "$HOME/…" or an absolute path. A missing or odd file means "not named".
 */
final class UserDirsFile {

    private UserDirsFile() {
    }

    static Optional<Path> folder(Path file, String key, Path home) {
        List<String> lines;
        try {
            lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            String trimmed = line.strip();
            if (!trimmed.startsWith(key + "=\"") || !trimmed.endsWith("\"") || trimmed.length() < key.length() + 3) {
                continue;
            }
            String value = trimmed.substring(key.length() + 2, trimmed.length() - 1).replace("\\\"", "\"");
            if (value.equals("$HOME") || value.equals("$HOME/")) {
                // xdg-user-dirs writes $HOME/ for a folder it turned off: that is no documents folder.
                return Optional.empty();
            }
            if (value.startsWith("$HOME/")) {
                return Optional.of(home.resolve(value.substring("$HOME/".length())));
            }
            return value.startsWith("/") ? Optional.of(Path.of(value)) : Optional.empty();
        }
        return Optional.empty();
    }
}
