package io.debtmeter.core.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The address and login the commands and the window share (issue 24). */
class ServerAddressTest {

    @TempDir
    Path folder;

    @Test
    void anAddressReadsBackFromItsUriWhateverItsNamesHold() {
        ServerAddress address = new ServerAddress("db.example.org", 5433, "team debt/ü", "alice+ops", "verify-full");
        assertThat(ServerAddress.parse(address.toUri())).isEqualTo(address);
        ServerAddress plain = new ServerAddress("::1", 5432, "debt", null, null);
        assertThat(ServerAddress.parse(plain.toUri())).isEqualTo(plain);
        assertThat(plain.toString()).isEqualTo("postgresql://[::1]:5432/debt");
    }

    @Test
    void aCaCertificateFileIsReadPercentDecodedNextToTheSslMode() {
        ServerAddress address = ServerAddress.parse(
                "postgresql://alice@db.example.org/debt?sslmode=verify-full&sslrootcert=/etc/ssl/company%20ca%2B1.crt");
        assertThat(address).isEqualTo(new ServerAddress("db.example.org", 5432, "debt", "alice", "verify-full",
                "/etc/ssl/company ca+1.crt"));
        assertThat(ServerAddress.parse("postgresql://db/debt?sslrootcert=ca.pem&sslmode=require"))
                .isEqualTo(new ServerAddress("db", 5432, "debt", null, "require", "ca.pem"));
        assertThat(ServerAddress.parse("postgresql://db/debt?sslrootcert=").sslRootCert())
                .as("empty is libpq's 'not given'").isNull();
        assertThat(address.location("alice", new char[0]).sslRootCert()).isEqualTo("/etc/ssl/company ca+1.crt");
    }

    @Test
    void anAddressWithACaFileReadsBackFromItsUriAndShowsTheFile() {
        ServerAddress address = new ServerAddress("db", 5432, "debt", "alice", "verify-full", "/home/ä b/ca&1.crt");
        assertThat(ServerAddress.parse(address.toUri())).isEqualTo(address);
        assertThat(address.toUri()).contains("?sslmode=verify-full&sslrootcert=/home/%C3%A4%20b/ca%261.crt");
        ServerAddress fileOnly = new ServerAddress("db", 5432, "debt", null, null, "ca.crt");
        assertThat(ServerAddress.parse(fileOnly.toUri())).isEqualTo(fileOnly);
        assertThat(fileOnly.toString()).isEqualTo("postgresql://db:5432/debt?sslrootcert=ca.crt");
    }

    @Test
    void parametersOtherThanSslModeAndSslRootCertAreStillRefusedByName() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/debt?sslrootcert=ca.crt&sslcert=me.crt"))
                .isInstanceOfSatisfying(ServerAddressException.class, e -> {
                    assertThat(e.problem()).isEqualTo(ServerAddressException.Problem.PARAMETER);
                    assertThat(e.detail()).isEqualTo("sslcert");
                });
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/debt?SSLROOTCERT=ca.crt"))
                .isInstanceOfSatisfying(ServerAddressException.class,
                        e -> assertThat(e.detail()).as("names are libpq's, lower case").isEqualTo("SSLROOTCERT"));
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://alice:s3cret@db/debt"))
                .isInstanceOfSatisfying(ServerAddressException.class,
                        e -> assertThat(e.problem()).isEqualTo(ServerAddressException.Problem.PASSWORD))
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/x?sslmode=sometimes"))
                .isInstanceOfSatisfying(ServerAddressException.class,
                        e -> assertThat(e.detail()).isEqualTo("sometimes"));
        assertThatThrownBy(() -> ServerAddress.parse("team.db")).isInstanceOf(ServerAddressException.class);
    }

    @Test
    void thePasswordComesFromTheEnvironmentElseThePrivatePasswordFile() throws Exception {
        ServerAddress address = ServerAddress.parse("postgresql://db.example.org/debt");
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, "db.example.org:5432:debt:alice:from-file\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        List<ServerLogin.Warning> warnings = new ArrayList<>();

        ServerLogin fromFile = new ServerLogin(Map.of("PGUSER", "alice", "PGPASSFILE", pgpass.toString()), warnings::add);
        assertThat(fromFile.user(address)).isEqualTo("alice");
        assertThat(fromFile.password(address, "alice")).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("from-file"));
        ServerLogin fromEnvironment = new ServerLogin(Map.of("PGPASSWORD", "from-env", "PGPASSFILE", pgpass.toString()), warnings::add);
        assertThat(fromEnvironment.password(address, "alice")).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("from-env"));
        assertThat(warnings).isEmpty();

        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(fromFile.password(address, "alice")).isEmpty();
        assertThat(warnings).extracting(ServerLogin.Warning::kind).containsExactly(ServerLogin.Warning.Kind.OPEN_TO_OTHERS);
        assertThat(new ServerLogin(Map.of("PGPASSFILE", folder.resolve("none").toString()), warnings::add)
                .password(address, "alice")).isEmpty();
    }
}
