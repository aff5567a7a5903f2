package io.debtmeter.core.storage.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class PgPassFileTest {

    private static String password(PgPassFile file, String host, int port, String database, String user) {
        return file.password(host, port, database, user).map(String::new).orElse(null);
    }

    @Test
    void theFirstMatchingLineWins() {
        PgPassFile file = PgPassFile.parse("""
                db.example.org:5432:debtmeter:alice:first
                *:*:*:alice:second
                *:*:*:*:third
                """);
        assertThat(password(file, "db.example.org", 5432, "debtmeter", "alice")).isEqualTo("first");
        assertThat(password(file, "db.example.org", 5433, "debtmeter", "alice")).isEqualTo("second");
        assertThat(password(file, "other", 5432, "other", "bob")).isEqualTo("third");
    }

    @Test
    void commentsShortLinesAndMismatchesAreSkipped() {
        PgPassFile file = PgPassFile.parse("""
                # *:*:*:*:commented
                *:*:*:too-short

                db:5432:debtmeter:alice:right
                """);
        assertThat(password(file, "db", 5432, "debtmeter", "alice")).isEqualTo("right");
        assertThat(password(file, "db", 5432, "debtmeter", "bob")).isNull();
        assertThat(password(file, "db", 15432, "debtmeter", "alice")).isNull();
    }

    @Test
    void escapedColonsAndBackslashesAreLiteral() {
        PgPassFile file = PgPassFile.parse("""
                db:5432:odd\\:name:alice:pa\\:ss\\\\word:ignored
                db:5432:\\*:alice:literal-star
                """);
        assertThat(password(file, "db", 5432, "odd:name", "alice")).isEqualTo("pa:ss\\word");
        assertThat(password(file, "db", 5432, "*", "alice")).isEqualTo("literal-star");
        assertThat(password(file, "db", 5432, "other", "alice")).isNull();
    }

    @Test
    void aMissingFileHasNoPasswords(@TempDir Path folder) throws Exception {
        assertThat(PgPassFile.read(folder.resolve("absent")).password("h", 1, "d", "u")).isEmpty();
    }

    @Test
    void aFileOthersMayReadIsOpenToOthers(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("pgpass"), "*:*:*:*:secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(PgPassFile.openToOthers(file)).isFalse();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(PgPassFile.openToOthers(file)).isTrue();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
        assertThat(PgPassFile.openToOthers(file)).isTrue();
        assertThat(password(PgPassFile.read(file), "h", 1, "d", "u")).isEqualTo("secret");
    }
}
