package io.debtmeter.ui.transfer;

import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog's starting folder, with a real settings file in a temporary data folder. */
class TransferFolderTest {

    @TempDir
    Path root;

    @Test
    void startsInTheDocumentsFolderThenWhereTheLastExportWentAcrossRuns() throws Exception {
        Path javaHome = Files.createDirectories(root.resolve("java-home"));
        Path home = Files.createDirectories(root.resolve("ada"));
        Path documents = Files.createDirectories(home.resolve("Documents"));
        Path data = root.resolve("data");
        UserDirectories directories = new UserDirectories("Linux", Map.of("HOME", home.toString()), javaHome);

        // Issue 19: the dialog started in Java's user.home, here java-home.
        assertThat(new TransferFolder(Settings.in(data), directories).start()).isEqualTo(documents);

        Path reports = Files.createDirectories(root.resolve("shared").resolve("reports"));
        new TransferFolder(Settings.in(data), directories).remember(reports);

        // A new run reads the settings file again.
        assertThat(Files.readString(data.resolve("settings.properties"))).contains("export.folder");
        assertThat(new TransferFolder(Settings.in(data), directories).start()).isEqualTo(reports);
    }

    @Test
    void aRememberedFolderThatIsGoneFallsBackToDocuments() throws Exception {
        Path home = Files.createDirectories(root.resolve("bo"));
        Path documents = Files.createDirectories(home.resolve("Documents"));
        Path data = root.resolve("data");
        Settings.in(data).put(TransferFolder.SETTING, root.resolve("usb-stick").toString());

        UserDirectories directories = new UserDirectories("Linux", Map.of("HOME", home.toString()), root);

        assertThat(new TransferFolder(Settings.in(data), directories).start()).isEqualTo(documents);
    }
}
