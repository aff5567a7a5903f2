package io.debtmeter.core.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where file dialogs start: the desktop's documents folder, in real folders of a temporary home. */
class DocumentsFolderTest {

    @TempDir
    Path root;

    @Test
    void theDesktopsNamedDocumentsFolderUnderItsHomeNotJavasUserHome() throws Exception {
        Path javaHome = Files.createDirectories(root.resolve("java-user-home"));
        Path desktopHome = Files.createDirectories(root.resolve("ada"));
        Path dokumente = Files.createDirectories(desktopHome.resolve("Dokumente"));
        Files.createDirectories(desktopHome.resolve(".config"));
        Files.writeString(desktopHome.resolve(".config/user-dirs.dirs"), """
                # This file is written by xdg-user-dirs-update
                XDG_DESKTOP_DIR="$HOME/Schreibtisch"
                XDG_DOCUMENTS_DIR="$HOME/Dokumente"
                """);

        UserDirectories directories = new UserDirectories("Linux", Map.of("HOME", desktopHome.toString()), javaHome);

        assertThat(directories.documentsFolder()).isEqualTo(dokumente);
    }

    @Test
    void aDocumentsFolderThatIsGoneFallsBackToTheDesktopFolderThenDocumentsThenHome() throws Exception {
        Path home = Files.createDirectories(root.resolve("bo"));
        Path config = Files.createDirectories(root.resolve("config"));
        Files.writeString(config.resolve("user-dirs.dirs"), """
                XDG_DESKTOP_DIR="%s"
                XDG_DOCUMENTS_DIR="$HOME/Missing"
                """.formatted(home.resolve("Desk")));
        Map<String, String> environment = Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", config.toString());
        UserDirectories directories = new UserDirectories("Linux", environment, root.resolve("elsewhere"));

        assertThat(directories.documentsFolder()).as("no folder exists yet").isEqualTo(home);
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertThat(directories.documentsFolder()).isEqualTo(documents);
        Path desk = Files.createDirectories(home.resolve("Desk"));
        assertThat(directories.documentsFolder()).isEqualTo(desk);
    }

    @Test
    void withoutHomeInTheEnvironmentJavasHomeIsUsed() throws Exception {
        Path javaHome = Files.createDirectories(root.resolve("home"));
        Path documents = Files.createDirectories(javaHome.resolve("Documents"));

        assertThat(new UserDirectories("Linux", Map.of(), javaHome).documentsFolder()).isEqualTo(documents);
        assertThat(new UserDirectories("Mac OS X", Map.of(), javaHome).documentsFolder()).isEqualTo(documents);
    }
}
