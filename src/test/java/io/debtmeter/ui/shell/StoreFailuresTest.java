package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.DatabaseOpenException;
import io.debtmeter.core.storage.DatabaseProblem;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.ui.task.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The start-up screen tells why a database would not open in the window's language. */
class StoreFailuresTest {

    @TempDir
    Path folder;

    @Test
    void aDatabaseThatWouldNotOpenIsExplainedInTheWindowsLanguage() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "notes for the retro\n");

        Throwable failure = catchThrowable(() -> SqliteAssessmentStore.open(file));

        assertThat(StoreFailures.messageOf(failure, Locale.JAPANESE)).isEqualTo(file.toAbsolutePath()
                + " は Debtmeter のデータベースではありません（SQLite ファイルではありません）。"
                + "Debtmeter はこのファイルを変更しません。別のファイルを選んでください。");
        assertThat(StoreFailures.messageOf(failure, Locale.ENGLISH)).isEqualTo(file.toAbsolutePath()
                + " is not a Debtmeter database (not an SQLite file); Debtmeter will not change it. Choose another file.");
    }

    @Test
    void aDetailTheUserReadsIsInTheWindowsLanguageToo() {
        DatabaseOpenException failure = new DatabaseOpenException(DatabaseProblem.DISK_FULL, Path.of("/data/d.db"), "");

        assertThat(StoreFailures.messageOf(failure, Locale.JAPANESE))
                .isEqualTo("/data/d.db のあるディスクがいっぱいです。空き領域を確保してから、もう一度お試しください。");
    }

    @Test
    void theWindowsStoreSpeaksTheWindowsLanguage() throws Exception {
        try (AssessmentStore store = StoreOpener.sqlite(Locale.JAPANESE).open(folder.resolve("here.db"), false)) {
            store.createTeam("Search");

            Throwable refused = catchThrowable(() -> store.createTeam("Search"));

            assertThat(TaskExecutor.messageOf(refused)).isEqualTo("Search という名前のチームはすでにあります。");
        }
    }
}
