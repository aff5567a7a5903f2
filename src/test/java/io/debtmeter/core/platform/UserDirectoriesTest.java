package io.debtmeter.core.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UserDirectoriesTest {

    private static final Path HOME = Path.of("/home/ada");

    /** Absolute on whatever machine runs the test (on Windows it gains a drive letter). */
    private static final Path ABSOLUTE_XDG_DATA_HOME = Path.of("/srv/xdg-data").toAbsolutePath();

    private static Path dataFolder(String osName, Map<String, String> environment) {
        return new UserDirectories(osName, environment, HOME).dataFolder();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "FreeBSD"})
    void unixWithoutXdgDataHomeUsesLocalShareUnderHome(String osName) {
        assertThat(dataFolder(osName, Map.of())).isEqualTo(Path.of("/home/ada/.local/share/debtmeter"));
    }

    @Test
    void linuxUsesAnAbsoluteXdgDataHome() {
        Path folder = dataFolder("Linux", Map.of("XDG_DATA_HOME", ABSOLUTE_XDG_DATA_HOME.toString()));

        assertThat(folder).isEqualTo(ABSOLUTE_XDG_DATA_HOME.resolve("debtmeter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/data", "./data", "", "   "})
    void linuxIgnoresARelativeOrBlankXdgDataHome(String xdgDataHome) {
        Path folder = dataFolder("Linux", Map.of("XDG_DATA_HOME", xdgDataHome));

        assertThat(folder).isEqualTo(Path.of("/home/ada/.local/share/debtmeter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows 10", "Windows 11", "Windows Server 2022"})
    void windowsUsesAppData(String osName) {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";

        assertThat(dataFolder(osName, Map.of("APPDATA", appData))).isEqualTo(Path.of(appData, "Debtmeter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void windowsWithBlankAppDataFallsBackToRoamingUnderHome(String appData) {
        assertThat(dataFolder("Windows 11", Map.of("APPDATA", appData)))
                .isEqualTo(Path.of("/home/ada/AppData/Roaming/Debtmeter"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToRoamingUnderHome() {
        assertThat(dataFolder("Windows 11", Map.of())).isEqualTo(Path.of("/home/ada/AppData/Roaming/Debtmeter"));
    }

    @Test
    void macOsUsesApplicationSupportAndIgnoresXdg() {
        Path folder = dataFolder("Mac OS X", Map.of("XDG_DATA_HOME", ABSOLUTE_XDG_DATA_HOME.toString()));

        assertThat(folder).isEqualTo(Path.of("/home/ada/Library/Application Support/Debtmeter"));
    }

    @Test
    void theCacheFolderFollowsEachSystemsConvention() {
        assertThat(new UserDirectories("Linux", Map.of(), HOME).cacheFolder()).isEqualTo(Path.of("/home/ada/.cache/debtmeter"));
        assertThat(new UserDirectories("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/ada"), HOME).cacheFolder())
                .isEqualTo(Path.of("/var/cache/ada/debtmeter"));
        assertThat(new UserDirectories("Linux", Map.of("XDG_CACHE_HOME", "relative"), HOME).cacheFolder())
                .isEqualTo(Path.of("/home/ada/.cache/debtmeter"));
        assertThat(new UserDirectories("Mac OS X", Map.of(), HOME).cacheFolder())
                .isEqualTo(Path.of("/home/ada/Library/Caches/Debtmeter"));
        assertThat(new UserDirectories("Windows 11", Map.of("LOCALAPPDATA", "/home/ada/Local"), HOME).cacheFolder())
                .isEqualTo(Path.of("/home/ada/Local/Debtmeter/Cache"));
    }

    @Test
    void linuxUserRubricsFolderIsInsideTheDataFolder() {
        UserDirectories directories = new UserDirectories("Linux", Map.of(), HOME);

        assertThat(directories.userRubricsFolder()).isEqualTo(Path.of("/home/ada/.local/share/debtmeter/rubrics"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "Windows 11", "Mac OS X"})
    void userRubricsFolderIsTheRubricsSubfolderOfTheDataFolderOnEveryOs(String osName) {
        UserDirectories directories = new UserDirectories(osName, Map.of("APPDATA", "C:\\AppData"), HOME);

        assertThat(directories.userRubricsFolder()).isEqualTo(directories.dataFolder().resolve("rubrics"));
    }
}
