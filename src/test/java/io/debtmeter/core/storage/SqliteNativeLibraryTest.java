package io.debtmeter.core.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one private copy of SQLite's native library in the cache folder: made once, made again when
 * damaged, never taken from a folder others can write, and really loaded by a fresh process.
 */
class SqliteNativeLibraryTest {

    private static final String X86 = "org/sqlite/native/Linux/x86_64/";

    @TempDir
    Path folder;

    @Test
    void onlyGlibcLinuxOnTheTwoCommonProcessorsTakesTheCachedCopy() {
        assertThat(SqliteNativeLibrary.resourceFolder("Linux", "amd64", false)).contains(X86);
        assertThat(SqliteNativeLibrary.resourceFolder("Linux", "aarch64", false))
                .contains("org/sqlite/native/Linux/aarch64/");
        assertThat(SqliteNativeLibrary.resourceFolder("Linux", "amd64", true)).isEmpty();
        assertThat(SqliteNativeLibrary.resourceFolder("Linux", "ppc64le", false)).isEmpty();
        assertThat(SqliteNativeLibrary.resourceFolder("Mac OS X", "aarch64", false)).isEmpty();
        assertThat(SqliteNativeLibrary.resourceFolder("Windows 11", "amd64", false)).isEmpty();
    }

    @Test
    void theCopyIsTheJarsLibraryInAPrivateFolderAndIsMadeOnce() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(X86, folder.resolve("cache")).orElseThrow();

        assertThat(copy.getFileName().toString()).isEqualTo("sqlite-jdbc-3.54.1.0-libsqlitejdbc.so");
        assertThat(Files.readAllBytes(copy)).isEqualTo(jarsLibrary());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent()))).isEqualTo("rwx------");

        FileTime made = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(copy, made);
        assertThat(SqliteNativeLibrary.cachedCopy(X86, folder.resolve("cache"))).contains(copy);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(made);
        try (Stream<Path> left = Files.list(copy.getParent())) {
            assertThat(left).containsExactly(copy);
        }
    }

    @Test
    void aCutShortCopyIsWrittenAgain() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(X86, folder.resolve("cache")).orElseThrow();
        Files.write(copy, new byte[] {1, 2, 3});

        assertThat(SqliteNativeLibrary.cachedCopy(X86, folder.resolve("cache"))).contains(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(jarsLibrary());
    }

    @Test
    void aFolderOthersMayWriteInIsNotUsed() throws Exception {
        Path shared = Files.createDirectories(folder.resolve("cache").resolve("native"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(SqliteNativeLibrary.cachedCopy(X86, folder.resolve("cache"))).isEmpty();
        try (Stream<Path> files = Files.list(shared)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFreshProcessLoadsTheCachedCopyAndExtractsNothingToTheTempFolder() throws Exception {
        Path cache = folder.resolve("cache");
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        Path database = folder.resolve("team.db");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + temp,
                "-cp", System.getProperty("java.class.path"), "io.debtmeter.Launcher", "teams", "--db", database.toString()))
                .redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        SqliteAssessmentStore.open(database).close();

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("No teams");
        assertThat(cache.resolve("debtmeter/native/sqlite-jdbc-3.54.1.0-libsqlitejdbc.so")).exists();
        try (Stream<Path> extracted = Files.list(temp)) {
            assertThat(extracted.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("sqlite"));
        }
    }

    private static byte[] jarsLibrary() throws Exception {
        try (InputStream in = org.sqlite.SQLiteConfig.class.getClassLoader().getResourceAsStream(X86 + "libsqlitejdbc.so")) {
            return Optional.ofNullable(in).orElseThrow().readAllBytes();
        }
    }
}
