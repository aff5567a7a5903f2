package io.debtmeter.cli;

import io.debtmeter.core.platform.DisplayLanguage;
import io.debtmeter.core.platform.Settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides the language of a run before picocli parses it, since the help and picocli's own errors are
 * built in that language: {@code --lang} (anywhere on the line, as picocli accepts it on every command),
 * else the language chosen in the window (remembered beside the default database), else the system's.
 * A value Debtmeter does not speak is left for picocli to refuse; meanwhile the others decide.
 */
final class CliLanguage {

    private static final String OPTION = "--lang";

    private CliLanguage() {
    }

    /** {@code --lang X} or {@code --lang=X} before any {@code --}; empty when absent or not en, ja or system. */
    static Optional<DisplayLanguage> given(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--".equals(arg)) {
                return Optional.empty();
            }
            if (OPTION.equals(arg) && i + 1 < args.length) {
                return DisplayLanguage.ofTag(args[i + 1]);
            }
            if (arg.startsWith(OPTION + "=")) {
                return DisplayLanguage.ofTag(arg.substring(OPTION.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The language of this run: Japanese or English. */
    static Locale of(String[] args, Path defaultDatabase, Locale system) {
        DisplayLanguage chosen = given(args).orElseGet(() -> remembered(defaultDatabase));
        return chosen.locale(system);
    }

    private static DisplayLanguage remembered(Path defaultDatabase) {
        Path folder = defaultDatabase.toAbsolutePath().getParent();
        return folder == null ? DisplayLanguage.SYSTEM : DisplayLanguage.remembered(Settings.in(folder));
    }
}
