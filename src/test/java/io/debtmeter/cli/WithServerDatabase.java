package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import io.debtmeter.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Set-up shared by the command-line tests on a server database: a fresh database of the tests' own
 * PostgreSQL server for each test, its {@code --db} address, and runs that log in to it as a shell would.
 */
abstract class WithServerDatabase {

    @TempDir
    Path folder;

    CliRuns cli;
    TestPostgres.Database database;
    /** The database's address as {@code --db} takes it, with neither user nor password. */
    String address;
    /** The app role's password. */
    String password;

    @BeforeEach
    void aFreshServerDatabase() throws IOException {
        cli = CliRuns.withNewUserRubricsFolder(folder).noStackTraces();
        database = TestPostgres.newDatabase();
        address = "postgresql://" + database.host() + ":" + database.port() + "/" + database.name();
        password = new String(database.password());
    }

    /** Runs with the password in PGPASSWORD and the user in PGUSER, as a shell would give them. */
    Run withPassword(String... args) {
        return cli.environment(Map.of("PGPASSWORD", password, "PGUSER", database.user())).run(args);
    }
}
