package io.debtmeter.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tests' throwaway PostgreSQL server: private to this machine, and only with the password. */
class TestPostgresTest {

    @Test
    void aFreshDatabaseTakesTheAppRolesPassword() throws SQLException {
        TestPostgres.Database database = TestPostgres.newDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_user, current_database(),"
                     + " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(TestPostgres.APP_ROLE);
            assertThat(row.getString(2)).isEqualTo(database.name());
            assertThat(row.getBoolean(3)).as("the store is tested as an ordinary role").isFalse();
        }
    }

    @Test
    void refusesAWrongPassword() {
        TestPostgres.Database database = TestPostgres.newDatabase();
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(),
                TestPostgres.credentials(database.user(), "not-the-password".toCharArray())))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
    }

    @Test
    void listensOnlyOnLoopbackWithItsSocketInItsOwnFolder() throws SQLException {
        TestPostgres.Server server = TestPostgres.server();
        try (Connection admin = server.connectAsAdmin("postgres"); Statement statement = admin.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('listen_addresses'),"
                     + " current_setting('unix_socket_directories'), host(inet_server_addr()),"
                     + " current_setting('data_directory')")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("127.0.0.1");
            assertThat(row.getString(2)).isEqualTo(server.socketFolder().toString());
            assertThat(row.getString(3)).isEqualTo("127.0.0.1");
            assertThat(row.getString(4)).isEqualTo(server.data().toString());
        }
        assertThat(server.folder().getParent()).isEqualTo(TestPostgres.serverBase(
                java.nio.file.Path.of("target").toAbsolutePath(), server.asPostgresUser()));
        assertThat(server.folder().getFileName().toString()).startsWith("postgres-");
    }

    @Test
    void asRootInAFolderThePostgresUserCannotEnterTheServerGoesToTheTemporaryFolder(@org.junit.jupiter.api.io.TempDir
                                                                                    java.nio.file.Path here) throws Exception {
        java.nio.file.Path closed = java.nio.file.Files.createDirectories(here.resolve("closed").resolve("target"));
        java.nio.file.Files.setPosixFilePermissions(closed.getParent(),
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        java.nio.file.Path temporary = java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();

        java.nio.file.Path open = java.nio.file.Files.createDirectories(here.resolve("open").resolve("target"));
        for (java.nio.file.Path folder : java.util.List.of(here, open.getParent(), open)) {
            java.nio.file.Files.setPosixFilePermissions(folder,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        assertThat(TestPostgres.serverBase(closed, true)).isEqualTo(temporary);
        assertThat(TestPostgres.serverBase(closed, false)).isEqualTo(closed);
        assertThat(TestPostgres.serverBase(open, true)).isEqualTo(open);
    }

    @Test
    void everyRuleOfItsHostFileAsksForAPassword() throws SQLException {
        TestPostgres.Server server = TestPostgres.server();
        try (Connection admin = server.connectAsAdmin("postgres"); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT type, address, auth_method FROM pg_hba_file_rules")) {
            int rules = 0;
            while (rows.next()) {
                rules++;
                assertThat(rows.getString(1)).isEqualTo("host");
                assertThat(rows.getString(2)).isEqualTo("127.0.0.1");
                assertThat(rows.getString(3)).isEqualTo("scram-sha-256");
            }
            assertThat(rules).isEqualTo(1);
        }
    }

    @Test
    void withoutTheServerProgramsTheTestsFailSayingToInstallThem(@TempDir Path installs) throws IOException {
        Files.createDirectories(installs.resolve("15/bin"));
        Files.createFile(installs.resolve("15/bin/psql"));

        assertThatThrownBy(() -> TestPostgres.requireBinaries(installs))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no initdb, pg_ctl and postgres found under " + installs)
                .hasMessageContaining("sudo apt-get install postgresql");
    }

    @Test
    void theNewestInstalledVersionIsTaken(@TempDir Path installs) throws IOException {
        for (String version : List.of("9", "13", "15")) {
            Path bin = Files.createDirectories(installs.resolve(version).resolve("bin"));
            for (String program : List.of("initdb", "pg_ctl", "postgres")) {
                Files.createFile(bin.resolve(program), PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwxr-xr-x")));
            }
        }

        assertThat(TestPostgres.requireBinaries(installs)).isEqualTo(installs.resolve("15/bin"));
    }
}
