package io.debtmeter.core.storage.postgres;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.testsupport.TestCertificates;
import io.debtmeter.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The TLS modes the connect dialog and {@code ?sslmode=} offer, against a server of the test's own with
 * TLS on and a certificate for 127.0.0.1 signed by a CA of the test's: {@code require} encrypts, {@code disable}
 * does not, and {@code verify-full} connects when {@code sslrootcert} names that CA, and refuses, naming the
 * server, a certificate nobody vouched for (no CA file, or another CA); a CA file that is not there is named
 * before connecting.
 */
class TlsModesTest {

    private static TestPostgres.Server server;
    private static TestPostgres.Database database;
    private static Path serverCa;

    @TempDir
    static Path folder;

    @BeforeAll
    static void serverWithTls() throws Exception {
        server = TestPostgres.ownServer();
        serverCa = server.enableTls();
        database = server.newDatabase();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static PostgresLocation where(String sslMode) {
        return where(sslMode, null);
    }

    private static PostgresLocation where(String sslMode, Path caFile) {
        return new PostgresLocation(database.host(), database.port(), database.name(), database.user(),
                database.password().clone(), sslMode, caFile == null ? null : caFile.toString());
    }

    private static String theDatabase() {
        return "PostgreSQL database " + database.name() + " at 127.0.0.1, port " + database.port();
    }

    /** Whether the server says this session is encrypted, asked through a connection like the store's. */
    private static boolean encrypted(PostgresLocation where) throws Exception {
        try (Connection connection = PostgresConnections.open(where);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(row.next()).isTrue();
            return row.getBoolean(1);
        }
    }

    @Test
    void requireEncryptsAndTheStoreWorksOverIt() throws Exception {
        assertThat(encrypted(where("require"))).isTrue();
        try (AssessmentStore store = PostgresAssessmentStore.open(where("require"))) {
            store.createTeam("Over TLS");
            assertThat(store.teams()).extracting(team -> team.name()).containsExactly("Over TLS");
        }
    }

    @Test
    void disableDoesNotEncrypt() throws Exception {
        assertThat(encrypted(where("disable"))).isFalse();
    }

    @Test
    void verifyFullRefusesACertificateNobodyVouchedFor() {
        assertThatThrownBy(() -> PostgresAssessmentStore.open(where("verify-full")))
                .isInstanceOf(PostgresOpenException.class)
                .hasMessageContaining(theDatabase())
                .hasMessageEndingWith("root.crt.");
    }

    @Test
    void verifyFullWithTheServersCaEncryptsAndTheStoreWorksOverIt() throws Exception {
        PostgresLocation where = where("verify-full", serverCa);
        assertThat(encrypted(where)).isTrue();
        try (AssessmentStore store = PostgresAssessmentStore.open(where)) {
            store.createTeam("Vouched for");
            assertThat(store.teams()).extracting(team -> team.name()).contains("Vouched for");
        }
    }

    @Test
    void verifyFullWithAnotherCaIsRefusedNamingTheServer() throws Exception {
        Path otherCa = TestCertificates.authority(folder.resolve("other"), "Somebody else's CA").certificate();
        assertThatThrownBy(() -> PostgresAssessmentStore.open(where("verify-full", otherCa)))
                .isInstanceOf(PostgresOpenException.class)
                .hasMessageStartingWith("Debtmeter could not connect to the " + theDatabase());
    }

    @Test
    void aCaFileThatIsNotThereIsNamedBeforeConnecting() {
        Path missing = folder.resolve("company-ca.crt");
        assertThatThrownBy(() -> PostgresAssessmentStore.open(where("verify-full", missing)))
                .isInstanceOfSatisfying(PostgresOpenException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(PostgresOpenException.Problem.CA_FILE);
                    assertThat(refused.getCause()).as("refused before the driver was asked").isNull();
                    assertThat(refused.message(Locale.JAPANESE)).contains(missing.toString()).contains("CA 証明書ファイル");
                })
                .hasMessage("Debtmeter did not connect to the " + theDatabase() + ": the CA certificate file "
                        + missing + " does not exist.");
    }

    @Test
    void aCaFileThatCannotBeReadIsNamed() {
        // A folder is never a readable certificate, even for root, who may read any file.
        assertThatThrownBy(() -> PostgresAssessmentStore.open(where("verify-full", folder), Locale.JAPANESE))
                .isInstanceOf(PostgresOpenException.class)
                .hasMessageContaining("CA 証明書ファイル " + folder + " を読めません");
    }
}
