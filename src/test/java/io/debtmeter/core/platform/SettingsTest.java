package io.debtmeter.core.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void aValueIsRememberedAcrossInstances() {
        Settings.in(folder.resolve("data")).put("theme", "DARK");

        assertThat(Settings.in(folder.resolve("data")).get("theme")).contains("DARK");
        assertThat(folder.resolve("data")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void theDataFolderItMakesAndTheFileArePrivate() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));

        Settings.in(folder.resolve("data")).put("theme", "DARK");

        assertThat(PrivateFilesTest.mode(folder.resolve("data"))).isEqualTo("rwx------");
        assertThat(PrivateFilesTest.mode(folder.resolve("data/settings.properties"))).isEqualTo("rw-------");
    }

    @Test
    void aMissingOrGarbledFileMeansNoSettings() throws Exception {
        assertThat(Settings.in(folder).get("theme")).isEmpty();

        Files.write(folder.resolve("settings.properties"), new byte[] {'t', 'h', 'e', 'm', 'e', '=', '\\', 'u', '1'});
        assertThat(Settings.in(folder).get("theme")).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedAndTheValueStillHoldsForThisSession() throws Exception {
        // A regular file where the folder should be: fails for root too, unlike permission bits.
        Path notAFolder = Files.writeString(folder.resolve("occupied"), "x");
        Settings settings = Settings.in(notAFolder.resolve("data"));

        assertThatThrownBy(() -> settings.put("theme", "DARK")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot save settings");
        assertThat(settings.get("theme")).contains("DARK");
    }
}
