package io.debtmeter.cli;

import io.debtmeter.core.connect.ServerAddress;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseAddressTest {

    private static DatabaseAddress parse(String value) {
        return DatabaseAddress.parse(value, CliTexts.ENGLISH);
    }

    private static DatabaseAddress server(String host, int port, String database, String user, String sslMode) {
        return new DatabaseAddress.Server(new ServerAddress(host, port, database, user, sslMode));
    }

    @Test
    void anythingButAServerAddressIsAFile() {
        assertThat(parse("team.db")).isEqualTo(new DatabaseAddress.File(Path.of("team.db")));
        assertThat(parse("/tmp/postgresql/x.db")).isEqualTo(new DatabaseAddress.File(Path.of("/tmp/postgresql/x.db")));
    }

    @Test
    void aServerAddressHasDefaultsForPortUserAndSslMode() {
        assertThat(parse("postgresql://db.example.org/debtmeter"))
                .isEqualTo(server("db.example.org", 5432, "debtmeter", null, null));
        assertThat(parse("postgres://alice@127.0.0.1:15432/team%20db?sslmode=verify-full"))
                .isEqualTo(server("127.0.0.1", 15432, "team db", "alice", "verify-full"));
        assertThat(parse("postgresql://[::1]:5433/d"))
                .isEqualTo(server("::1", 5433, "d", null, null));
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        for (String withPassword : new String[] {"postgresql://alice:s3cret@db/debtmeter",
                "postgresql://alice@db/debtmeter?password=s3cret"}) {
            assertThatThrownBy(() -> parse(withPassword)).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("PGPASSWORD").hasMessageContaining("~/.pgpass")
                    .hasMessageNotContaining("s3cret");
        }
    }

    @Test
    void otherMistakesAreNamed() {
        assertThatThrownBy(() -> parse("postgresql://db")).hasMessageContaining("is not a PostgreSQL address");
        assertThatThrownBy(() -> parse("postgresql://db/x?sslmode=sometimes")).hasMessageContaining("'sometimes' is not an sslmode");
        assertThatThrownBy(() -> parse("postgresql://db/x?connect_timeout=3")).hasMessageContaining("only sslmode")
                .hasMessageContaining("'connect_timeout'");
    }
}
