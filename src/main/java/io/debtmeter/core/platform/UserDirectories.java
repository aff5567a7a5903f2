package io.debtmeter.core.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /**
     * Where files that can always be made again are kept (XDG_CACHE_HOME on Linux, else ~/.cache;
     * Library/Caches on macOS; %LOCALAPPDATA% on Windows). Nothing there is the user's data.
     */
    public Path cacheFolder() {
        if (osName.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            return (isSet(local) ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Debtmeter")
                    .resolve("Cache");
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Debtmeter");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("debtmeter");
    }

    /** Rubric files a team adds itself; read beside the bundled ones. */
    public Path userRubricsFolder() {
        return dataFolder().resolve("rubrics");
    }

    /**
     * Where the user keeps documents, for file dialogs to start in: on Linux the desktop's own choice
     * (XDG_DOCUMENTS_DIR in user-dirs.dirs, which a German desktop names "Dokumente"), else the desktop
     * folder it names, else ~/Documents, else the home folder. The home folder is the desktop's $HOME,
     * which can differ from Java's user.home (a sandbox, a changed home directory).
     */
    public Path documentsFolder() {
        Path desktopHome = desktopHome();
        if (!osName.startsWith("windows") && !osName.startsWith("mac")) {
            for (String key : List.of("XDG_DOCUMENTS_DIR", "XDG_DESKTOP_DIR")) {
                Optional<Path> named = UserDirsFile.folder(userDirsFile(desktopHome), key, desktopHome)
                        .filter(Files::isDirectory);
                if (named.isPresent()) {
                    return named.get();
                }
            }
        }
        Path documents = desktopHome.resolve("Documents");
        return Files.isDirectory(documents) ? documents : desktopHome;
    }

    private Path desktopHome() {
        String home = environment.get(osName.startsWith("windows") ? "USERPROFILE" : "HOME");
        return isSet(home) && Path.of(home).isAbsolute() && Files.isDirectory(Path.of(home)) ? Path.of(home) : this.home;
    }

    private Path userDirsFile(Path desktopHome) {
        String config = environment.get("XDG_CONFIG_HOME");
        Path base = isSet(config) && Path.of(config).isAbsolute() ? Path.of(config) : desktopHome.resolve(".config");
        return base.resolve("user-dirs.dirs");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
