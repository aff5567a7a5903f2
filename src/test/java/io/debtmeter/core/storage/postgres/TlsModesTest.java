package io.debtmeter.core.storage.postgres;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The TLS modes the connect dialog and {@code ?sslmode=} offer, against a server of the test's own with
 * TLS on and a self-signed certificate: {@code require} encrypts, {@code disable} does not, and
 * {@code verify-full} refuses a certificate nobody vouched for, naming the server, with nothing opened.
 */
class TlsModesTest {

    private static TestPostgres.Server server;
    private static TestPostgres.Database database;

    @BeforeAll
    static void serverWithTls() throws Exception {
        server = TestPostgres.ownServer();
        server.enableTls();
        database = server.newDatabase();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static PostgresLocation where(String sslMode) {
        return new PostgresLocation(database.host(), database.port(), database.name(), database.user(),
                database.password().clone(), sslMode);
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
                .hasMessageContaining("PostgreSQL database " + database.name() + " at 127.0.0.1, port " + database.port())
                .hasMessageEndingWith("root.crt.");
    }
}
