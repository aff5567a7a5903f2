package io.debtmeter.core.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real files in a temp folder; the mode bits are read back as the file system keeps them. */
class PrivateFilesTest {

    @TempDir
    Path folder;

    @BeforeEach
    void onPosixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private Path withMode(Path path, String mode) throws IOException {
        return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    @Test
    void everyFolderItMakesIsPrivateAndAnExistingOneIsLeftAsItIs() throws IOException {
        withMode(folder, "rwxr-xr-x");

        PrivateFiles.createFolders(folder.resolve("data/backups"));

        assertThat(mode(folder.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(folder.resolve("data/backups"))).isEqualTo("rwx------");
        assertThat(mode(folder)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aNewFileIsPrivateAndAnExistingOneIsNotTouched() throws IOException {
        Path fresh = folder.resolve("new.db");
        Path existing = withMode(Files.writeString(folder.resolve("old.db"), "kept"), "rw-r--r--");

        PrivateFiles.createFile(fresh);
        PrivateFiles.createFile(existing);

        assertThat(fresh).isEmptyFile();
        assertThat(mode(fresh)).isEqualTo("rw-------");
        assertThat(existing).hasContent("kept");
        assertThat(mode(existing)).isEqualTo("rw-r--r--");
    }

    @Test
    void aTemporaryFileIsPrivate() throws IOException {
        assertThat(mode(PrivateFiles.createTempFile(folder, ".report.", ".part"))).isEqualTo("rw-------");
    }

    @Test
    void tighteningTakesOffGroupAndOthersAndKeepsWhatTheOwnerHad() throws IOException {
        Path readable = withMode(Files.writeString(folder.resolve("debtmeter.db"), "x"), "rw-rw-r--");
        Path readOnly = withMode(Files.writeString(folder.resolve("copy.db"), "x"), "r--r--r--");
        Path shared = withMode(Files.createDirectory(folder.resolve("data")), "rwxr-xr-x");
        Path alreadyPrivate = withMode(Files.writeString(folder.resolve("private.db"), "x"), "rw-------");

        assertThat(PrivateFiles.tighten(readable)).isTrue();
        assertThat(PrivateFiles.tighten(readOnly)).isTrue();
        assertThat(PrivateFiles.tighten(shared)).isTrue();
        assertThat(PrivateFiles.tighten(alreadyPrivate)).isFalse();

        assertThat(mode(readable)).isEqualTo("rw-------");
        assertThat(mode(readOnly)).isEqualTo("r--------");
        assertThat(mode(shared)).isEqualTo("rwx------");
        assertThat(mode(alreadyPrivate)).isEqualTo("rw-------");
    }

    @Test
    void aMissingFileIsNoError() {
        assertThat(PrivateFiles.tighten(folder.resolve("debtmeter.db-wal"))).isFalse();
    }

    @Test
    void aFileOfSomeoneElseIsNeverChanged() throws IOException {
        Path theirs = withMode(Files.writeString(folder.resolve("debtmeter.db"), "x"), "rw-r--r--");
        UserPrincipal someoneElse = () -> "someone-else";

        assertThat(PrivateFiles.tighten(theirs, Optional.of(someoneElse))).isFalse();
        assertThat(PrivateFiles.tighten(theirs, Optional.empty())).as("no name for our own uid").isFalse();

        assertThat(mode(theirs)).isEqualTo("rw-r--r--");
    }
}
