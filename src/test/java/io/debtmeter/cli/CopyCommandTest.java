package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code debtmeter copy --from A --to B}: everything, file to server and back, merged by id (issue 24 item 5). */
class CopyCommandTest extends WithServerDatabase {

    private Path sampleDatabase() {
        Path a = folder.resolve("a.db");
        Run sample = cli.run("sample", "--db", a.toString(), "--until", "2026-12-06");
        assertThat(sample.exitCode()).as(sample.err()).isZero();
        return a;
    }

    @Test
    void aFileCopiedToTheServerAndBackExportsTheSameAndASecondCopyChangesNothing() throws IOException {
        Path a = sampleDatabase();
        Path b = folder.resolve("b.db");
        String serverShown = "postgresql://127.0.0.1:" + database.port() + "/" + database.name();

        Run there = withPassword("copy", "--from", a.toString(), "--to", address);
        assertThat(there.exitCode()).as(there.err()).isZero();
        assertThat(there.err()).isEmpty();
        assertThat(there.out()).isEqualTo("""
                  teams:       1 to add, 0 to update, 0 unchanged, 0 conflicts
                  assessments: 4 to add, 0 to update, 0 unchanged, 0 conflicts
                  actions:     ACTIONS to add, 0 to update, 0 unchanged, 0 conflicts
                Copied everything from A to SERVER.
                """.replace("ACTIONS", SAMPLE_ACTIONS).replace("A to", a + " to").replace("SERVER", serverShown));

        Run back = withPassword("copy", "--from", address, "--to", b.toString());
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(back.out()).endsWith("Copied everything from " + serverShown + " to " + b + ".\n");

        String fromA = exportWithoutTime(a);
        assertThat(fromA).contains("Search ranking (sample)");
        assertThat(exportWithoutTime(b)).isEqualTo(fromA);

        Run again = withPassword("copy", "--from", a.toString(), "--to", address);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("""
                  teams:       0 to add, 0 to update, 1 unchanged, 0 conflicts
                  assessments: 0 to add, 0 to update, 4 unchanged, 0 conflicts
                  actions:     0 to add, 0 to update, ACTIONS unchanged, 0 conflicts
                Nothing to copy: SERVER already has everything in A.
                """.replace("ACTIONS", SAMPLE_ACTIONS).replace("in A", "in " + a).replace("SERVER", serverShown));
        Run againBack = withPassword("copy", "--from", address, "--to", b.toString());
        assertThat(againBack.out()).contains("0 to add, 0 to update, 4 unchanged")
                .endsWith("Nothing to copy: " + b + " already has everything in " + serverShown + ".\n");
        assertThat(noTemporaryFilesLeft()).isTrue();
    }

    /** The sample team's actions by 2026-12-06, counted in SampleData: 2 raised in Q1, 2 in Q2, 1 in Q3, 1 in Q4. */
    private static final String SAMPLE_ACTIONS = "6";

    /** The whole export as written, byte for byte, less the moment it was written (its only "exportedAt"). */
    private String exportWithoutTime(Path db) throws IOException {
        Path json = folder.resolve(db.getFileName() + ".json");
        Run export = cli.run("export", "--db", db.toString(), "--all", "--format", "json", "--out", json.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        String text = Files.readString(json);
        Matcher time = EXPORTED_AT.matcher(text);
        assertThat(time.results().count()).isEqualTo(1);
        return EXPORTED_AT.matcher(text).replaceAll("\"exportedAt\": \"…\"");
    }

    private static final Pattern EXPORTED_AT = Pattern.compile("\"exportedAt\"\\s*:\\s*\"[^\"]*\"");

    private boolean noTemporaryFilesLeft() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.noneMatch(file -> file.getFileName().toString().startsWith("debtmeter-copy-"));
        }
    }

    @Test
    void aMissingFromIsExitCode3AndCreatesNothing() {
        Path missing = folder.resolve("missing.db");
        Path b = folder.resolve("b.db");

        Run run = cli.run("copy", "--from", missing.toString(), "--to", b.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).isEqualTo("debtmeter: no database at " + missing.toAbsolutePath()
                + "; give one with --db FILE (or make one with 'debtmeter sample --db FILE'). Nothing was created.\n");
        assertThat(missing).doesNotExist();
        assertThat(b).doesNotExist();
    }

    @Test
    void theSameDatabaseOnBothSidesIsAUsageError() {
        Path a = sampleDatabase();

        Run sameFile = cli.run("copy", "--from", a.toString(), "--to", folder.resolve(".").resolve("a.db").toString());
        Run sameServer = withPassword("copy", "--from", address, "--to", address);

        assertThat(sameFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(sameFile.err()).isEqualTo("debtmeter: --from and --to are the same database (" + a
                + "); nothing was copied\n");
        assertThat(sameServer.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(sameServer.err()).contains("--from and --to are the same database");
    }

    @Test
    void aRefusedDestinationIsExitCode3AndLeavesItAndNoTemporaryFile() throws IOException {
        Path a = sampleDatabase();
        Path notADatabase = Files.writeString(folder.resolve("notes.db"), "not a database\n");

        Run run = cli.run("copy", "--from", a.toString(), "--to", notADatabase.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(notADatabase)).isEqualTo("not a database\n");
        assertThat(noTemporaryFilesLeft()).isTrue();
    }

    @Test
    void inATerminalStandardErrorShowsProgressAndWipesItBeforeTheResult() throws IOException {
        Path a = sampleDatabase();
        Path b = folder.resolve("b.db");

        Run run = CliRuns.withNewUserRubricsFolder(Files.createDirectory(folder.resolve("t"))).inATerminal()
                .run("copy", "--from", a.toString(), "--to", b.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("\rReading " + a + " 100%", "\rWriting to " + b).endsWith("\r");
        assertThat(run.out()).doesNotContain("\r").endsWith("Copied everything from " + a + " to " + b + ".\n");
    }

    @Test
    void inJapanese() {
        Path a = sampleDatabase();
        Path b = folder.resolve("b.db");

        Run run = cli.run("--lang", "ja", "copy", "--from", a.toString(), "--to", b.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                  チーム:      追加 1、更新 0、変更なし 0、競合 0
                  評価:        追加 4、更新 0、変更なし 0、競合 0
                  アクション:  追加 ACTIONS、更新 0、変更なし 0、競合 0
                A の内容をすべて B にコピーしました。
                """.replace("ACTIONS", SAMPLE_ACTIONS).replace("A の", a + " の").replace("B に", b + " に"));
    }
}
