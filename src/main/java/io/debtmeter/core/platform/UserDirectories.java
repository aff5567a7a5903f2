package io.debtmeter.core.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a desktop app keeps per-user data on each OS: XDG on Linux, %APPDATA% on Windows,
 * Application Support on macOS. Reads the environment it is given, so tests can pass their own.
 */
public final class UserDirectories {

    private final String osName;
    private final Map<String, String> environment;
    private final Path home;

    public UserDirectories(String osName, Map<String, String> environment, Path home) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    public static UserDirectories ofThisMachine() {
        return new UserDirectories(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** The folder that holds the database, backups and the user's own rubrics. */
    public Path dataFolder() {
        if (osName.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return (isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Debtmeter");
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Debtmeter");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("debtmeter");
    }

    /** Rubric files a team adds itself; read beside the bundled ones. */
    public Path userRubricsFolder() {
        return dataFolder().resolve("rubrics");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
