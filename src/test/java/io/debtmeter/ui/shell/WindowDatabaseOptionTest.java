package io.debtmeter.ui.shell;

import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.core.platform.UserDirectories;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window opens for {@code --db}: a file, or a database on a PostgreSQL server (issue 24). */
class WindowDatabaseOptionTest {

    private final UserDirectories directories = new UserDirectories("Linux", Map.of(), Path.of("/home/ana"));

    @Test
    void aServerAddressIsAServerNotAFileNamedLikeOne() {
        List<String> args = List.of("--db", "postgresql://alice@db.example.org:5433/team%20debt?sslmode=verify-full");
        assertThat(DebtmeterApp.serverOption(args))
                .contains(new ServerAddress("db.example.org", 5433, "team debt", "alice", "verify-full"));
        assertThat(DebtmeterApp.databaseOption(args)).isEmpty();
        assertThat(DebtmeterApp.serverOption(List.of("--lang", "ja", "--db=postgres://db/debt")))
                .contains(new ServerAddress("db", 5432, "debt", null, null));
    }

    @Test
    void aFileStaysAFileAndNoOptionIsTheDefaultFile() {
        assertThat(DebtmeterApp.serverOption(List.of("--db", "team.db"))).isEmpty();
        assertThat(DebtmeterApp.databaseFile(List.of("--db=team.db"), directories)).isEqualTo(Path.of("team.db"));
        assertThat(DebtmeterApp.serverOption(List.of())).isEmpty();
        assertThat(DebtmeterApp.databaseFile(List.of(), directories))
                .isEqualTo(directories.dataFolder().resolve(DebtmeterApp.DEFAULT_DATABASE));
    }
}
