package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

import static io.debtmeter.core.storage.DatabaseRefusals.refusalToOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database and the files SQLite keeps beside it are 0600, folders made for it 0700, and files
 * left readable to others are tightened at open; real SQLite files, modes read back from disk.
 */
class PrivateDatabaseTest {

    @TempDir
    Path folder;

    @BeforeEach
    void onPosixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static Path withMode(Path path, String mode) throws IOException {
        return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    @Test
    void aNewDatabaseIsPrivateFromTheStartAndSoAreItsLogFiles() throws Exception {
        Path data = folder.resolve("share/debtmeter");
        Path file = data.resolve("debtmeter.db");

        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            store.createTeam("Search");

            assertThat(mode(folder.resolve("share"))).isEqualTo("rwx------");
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(sibling(file, "-wal")).exists();
            assertThat(mode(sibling(file, "-wal"))).isEqualTo("rw-------");
            assertThat(mode(sibling(file, "-shm"))).isEqualTo("rw-------");
        }
    }

    @Test
    void anOlderFileReadableByOthersIsTightenedWithItsLogWhileAnotherProgramHasItOpen() throws Exception {
        Path file = folder.resolve("debtmeter.db");
        SqliteAssessmentStore.open(file).close();
        // Another window keeps the log open, as an older Debtmeter would have made it: 0644.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.executeUpdate("INSERT INTO team VALUES ('6f1c6a7e-0000-4000-8000-000000000001', 'Search',"
                    + " 'search', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')");
            for (Path path : new Path[] {file, sibling(file, "-wal"), sibling(file, "-shm")}) {
                withMode(path, "rw-r--r--");
            }

            try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
                assertThat(store.teams()).extracting(Team::name).containsExactly("Search");
            }

            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(mode(sibling(file, "-wal"))).isEqualTo("rw-------");
            assertThat(mode(sibling(file, "-shm"))).isEqualTo("rw-------");
        }
    }

    @Test
    void theFolderOfADatabaseChosenWithDbIsLeftAsItIs() throws Exception {
        Path shared = withMode(Files.createDirectory(folder.resolve("team-share")), "rwxr-xr-x");
        Path file = shared.resolve("team.db");
        SqliteAssessmentStore.open(file).close();
        withMode(file, "rw-r--r--");

        SqliteAssessmentStore.open(file).close();

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(shared)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void theAppsOwnDataFolderIsTightened() throws Exception {
        Path data = withMode(Files.createDirectory(folder.resolve("debtmeter")), "rwxr-xr-x");
        Path file = data.resolve("debtmeter.db");
        SafeDatabaseOpener opener = new SafeDatabaseOpener(file, Duration.ofSeconds(5), Clock.systemUTC(),
                new DatabasePrivacy(data));

        opener.open().close();

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    @Test
    void aFileViewedReadOnlyIsTightenedToo() throws Exception {
        Path file = folder.resolve("newer.db");
        DatabaseFiles.newerVersionFile(file);
        withMode(file, "rw-r--r--");

        SqliteAssessmentStore.openReadOnly(file).close();

        assertThat(mode(file)).isEqualTo("rw-------");
    }

    @Test
    void aFileThatIsRefusedKeepsItsPermissions() throws Exception {
        Path notes = withMode(Files.writeString(folder.resolve("notes.txt"), "not a database"), "rw-r--r--");

        DatabaseOpenException refused = refusalToOpen(notes);

        assertThat(refused.problem()).isEqualTo(DatabaseProblem.NOT_SQLITE);
        assertThat(mode(notes)).isEqualTo("rw-r--r--");
    }

    @Test
    void aFileWhosePermissionsCannotBeChangedStillOpens() throws Exception {
        Path file = folder.resolve("debtmeter.db");
        DatabaseFiles.withTeam(file, "Search");
        withMode(file, "rw-r--r--");
        // As root: chattr +i, and the kernel refuses the chmod as well as every write.
        Unwritable.whileUnwritable(file,
                () -> assertThat(DatabaseFiles.teamNamesReadOnly(file)).containsExactly("Search"));
    }

    @Test
    void aBackupIsPrivateInAPrivateFolder() throws Exception {
        Path file = folder.resolve("debtmeter.db");
        SqliteAssessmentStore.open(file).close();

        Path backup = DatabaseFiles.backUp(file, "schema1");

        assertThat(mode(backup.getParent())).isEqualTo("rwx------");
        assertThat(mode(backup)).isEqualTo("rw-------");
        assertThat(DatabaseDump.single(backup, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void anOlderBackupReadableByOthersIsTightenedWhenItsDatabaseIsOpened() throws Exception {
        Path file = folder.resolve("debtmeter.db");
        SqliteAssessmentStore.open(file).close();
        Path backup = DatabaseFiles.backUp(file, "schema1");
        withMode(backup, "rw-r--r--");

        SqliteAssessmentStore.open(file).close();

        assertThat(mode(backup)).isEqualTo("rw-------");
    }
}
