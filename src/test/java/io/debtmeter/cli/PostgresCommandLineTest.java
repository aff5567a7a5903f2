package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import io.debtmeter.core.sample.SampleData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands on a database on a (throwaway, local) PostgreSQL server: {@code --db postgresql://…} (issue 24). */
class PostgresCommandLineTest extends WithServerDatabase {

    @Test
    void sampleWritesTheSampleTeamThatTeamsAndAssessmentsThenList() {
        Run sample = withPassword("sample", "--db", address, "--until", "2026-11-15");
        assertThat(sample.exitCode()).as(sample.err()).isZero();
        assertThat(sample.out()).startsWith("Made the sample team \"Search ranking (sample)\": 4 assessments of"
                + " ml-technical-debt 2.0.0 in PostgreSQL database " + database.name() + " at 127.0.0.1");

        Run teams = withPassword("teams", "--db", address);
        assertThat(teams.exitCode()).as(teams.err()).isZero();
        assertThat(teams.out()).contains("Search ranking (sample)");
        assertThat(teams.out().lines().filter(line -> line.contains("(sample)")).count()).isEqualTo(1);

        Run assessments = withPassword("--db", address, "--read-only", "assessments", "--team", SampleData.TEAM_NAME);
        assertThat(assessments.exitCode()).as(assessments.err()).isZero();
        assertThat(assessments.out()).contains("2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1");
        assertThat(assessments.out().lines().filter(line -> line.matches(".*2026-Q[1-4].*")).count()).isEqualTo(4);
        assertThat(sample.out() + sample.err() + teams.out() + teams.err() + assessments.out() + assessments.err())
                .doesNotContain(password);
    }

    @Test
    void anExportFromAFileImportedIntoTheServerListsTheSameTeams() throws SQLException {
        Path file = folder.resolve("team.db");
        Path exchange = folder.resolve("all.json");
        assertThat(cli.run("sample", "--db", file.toString(), "--teams", "3", "--assessments", "2", "--seed", "7",
                "--until", "2026-11-15").exitCode()).isZero();
        Run export = cli.run("export", "--db", file.toString(), "--all", "--format", "json", "--out", exchange.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        Run dryRun = withPassword("import", "--db", address, "--dry-run", exchange.toString());
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("postgresql://127.0.0.1:" + database.port() + "/" + database.name());
        assertThat(tablesInTheDatabase()).as("a dry run creates nothing").isZero();
        Run readOnlyDryRun = withPassword("--db", address, "--read-only", "import", "--dry-run", exchange.toString());
        assertThat(readOnlyDryRun.exitCode()).as(readOnlyDryRun.err()).isZero();
        assertThat(readOnlyDryRun.out()).isEqualTo(dryRun.out());
        assertThat(tablesInTheDatabase()).as("nor does a read-only one").isZero();
        Run imported = withPassword("import", "--db", address, exchange.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        Run onFile = cli.run("teams", "--db", file.toString());
        Run onServer = withPassword("teams", "--db", address);
        assertThat(onServer.exitCode()).as(onServer.err()).isZero();
        assertThat(onFile.out().lines().count()).isGreaterThanOrEqualTo(3);
        assertThat(onServer.out()).isEqualTo(onFile.out());
    }

    @Test
    void commandsThatOnlyReadRefuseADatabaseWithoutDebtmeterDataAndCreateNothingInIt() throws SQLException {
        for (String[] reading : List.of(new String[] {"teams"}, new String[] {"assessments"},
                new String[] {"export", "--all", "--format", "csv", "--out", folder.resolve("all.csv").toString()})) {
            List<String> args = new ArrayList<>(List.of("--db", address));
            args.addAll(List.of(reading));
            Run run = withPassword(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(String.join(" ", reading)).isEqualTo(ExitCode.IO_ERROR);
            assertThat(run.err()).as(String.join(" ", reading))
                    .contains("PostgreSQL database " + database.name(), "holds no Debtmeter data; nothing was created");
        }
        assertThat(tablesInTheDatabase()).isZero();
        assertThat(folder.resolve("all.csv")).doesNotExist();
    }

    @Test
    void thePasswordComesFromAPrivatePasswordFileAndNotFromOneOthersMayRead() throws IOException {
        assertThat(withPassword("sample", "--db", address, "--until", "2026-11-15").exitCode()).isZero();
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, "# test server\n" + database.host() + ":" + database.port() + ":" + database.name()
                + ":" + database.user() + ":" + password.replace("\\", "\\\\").replace(":", "\\:") + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        String withUser = "postgresql://" + database.user() + "@" + database.host() + ":" + database.port() + "/"
                + database.name();
        CliRuns fromFile = cli.environment(Map.of("PGPASSFILE", pgpass.toString()));

        Run privateFile = fromFile.run("teams", "--db", withUser);
        assertThat(privateFile.exitCode()).as(privateFile.err()).isZero();
        assertThat(privateFile.err()).isEmpty();

        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        Run openFile = fromFile.run("teams", "--db", withUser);
        assertThat(openFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(openFile.err()).contains("warning: the password file " + pgpass + " is readable by group or others,"
                + " so it is ignored");
        assertThat(openFile.err()).contains("no password for user " + database.user(), "PGPASSWORD", "~/.pgpass");
        assertThat(openFile.err()).doesNotContain(password);
    }

    @Test
    void aPasswordInTheAddressIsRefused() {
        Run run = cli.environment(Map.of()).run("teams", "--db",
                "postgresql://" + database.user() + ":" + password + "@" + database.host() + ":" + database.port()
                        + "/" + database.name());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("a password does not go in the --db address", "PGPASSWORD", "~/.pgpass");
        assertThat(run.out() + run.err()).doesNotContain(password);
    }

    @Test
    void aPasswordInTheAddressIsRefusedInJapaneseToo() {
        Run run = cli.environment(Map.of()).run("--lang", "ja", "teams", "--db",
                "postgresql://" + database.user() + ":" + password + "@" + database.host() + "/" + database.name());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("パスワードは --db のアドレスに書けません", "PGPASSWORD");
        assertThat(run.out() + run.err()).doesNotContain(password);
    }

    @Test
    void aWrongPasswordIsTheServersRefusalWithExitCode3AndNoPasswordShown() {
        String wrong = "not-the-password-4711";
        Run run = cli.environment(Map.of("PGPASSWORD", wrong, "PGUSER", database.user())).run("teams", "--db", address);
        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).contains("could not connect to the PostgreSQL database " + database.name())
                .contains("password authentication failed");
        assertThat(run.out() + run.err()).doesNotContain(wrong).doesNotContain(password);
    }

    @Test
    void aServersRefusalIsToldInJapaneseWithTheServersOwnWordsQuoted() {
        String wrong = "not-the-password-4711";
        Run run = cli.environment(Map.of("PGPASSWORD", wrong, "PGUSER", database.user()))
                .run("--lang", "ja", "teams", "--db", address);
        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).contains("の PostgreSQL データベース " + database.name() + " に接続できませんでした：")
                .contains("password authentication failed")
                .doesNotContain("could not connect");
        assertThat(run.out() + run.err()).doesNotContain(wrong).doesNotContain(password);
    }

    @Test
    void aCaFileThatIsNotThereIsNamedInEitherLanguageBeforeConnecting() {
        Path missing = folder.resolve("company ca.crt");
        String withCa = address + "?sslmode=verify-full&sslrootcert=" + missing.toString().replace(" ", "%20");
        Run english = withPassword("teams", "--db", withCa);
        assertThat(english.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(english.err()).contains("did not connect to the PostgreSQL database " + database.name())
                .contains("the CA certificate file " + missing + " does not exist");
        Run japanese = withPassword("--lang", "ja", "teams", "--db", withCa);
        assertThat(japanese.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(japanese.err()).contains("CA 証明書ファイル " + missing + " がありません");
    }

    @Test
    void theWindowOpensAServerDatabaseWithoutAPasswordAtHand() {
        // It finds the password itself, or asks for it in its connect dialog (issue 24).
        Run run = cli.windowAllowed().environment(Map.of()).run("--db", address);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.windowOpened()).isTrue();
    }

    @Test
    void aBadServerAddressIsRefusedBeforeAnyWindowOpens() {
        Run run = cli.windowAllowed().environment(Map.of()).run("--db", "postgresql://alice:s3cret@db/debtmeter");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.windowOpened()).isFalse();
        assertThat(run.err()).doesNotContain("s3cret");
    }

    @Test
    void restoreIsLeftToTheServer() {
        Run run = withPassword("restore", "--db", address);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("backed up and restored by its server");
    }

    private long tablesInTheDatabase() throws SQLException {
        try (Connection connection = database.connect();
             ResultSet tables = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            tables.next();
            return tables.getLong(1);
        }
    }
}
