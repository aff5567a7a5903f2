package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import static io.debtmeter.core.storage.DatabaseRefusals.refusalToOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A database that will not open is explained in Japanese when the user reads Japanese, naming the
 * file and keeping what is not words (versions, SQLite's own text) as it is; English stays English.
 */
class DatabaseProblemsInJapaneseTest {

    @TempDir
    Path folder;

    @Test
    void aFileOfANewerVersionIsExplainedInJapaneseNamingTheFile() throws Exception {
        Path file = folder.resolve("newer.db");
        DatabaseFiles.newerVersionFile(file);

        DatabaseOpenException refused = refusalToOpen(file);

        assertThat(refused.message(Locale.JAPANESE)).isEqualTo(file.toAbsolutePath()
                + " は新しいバージョンの Debtmeter で書き込まれています（スキーマ 999、このバージョンが扱えるのは 9 まで）。"
                + "読み取り専用で開くか、別のファイルを選んでください。");
        assertThat(refused.message(Locale.JAPAN)).isEqualTo(refused.message(Locale.JAPANESE));
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo(refused.getMessage())
                .isEqualTo(file.toAbsolutePath() + " was written by a newer version of Debtmeter"
                        + " (schema 999, this version knows 9). Open it read-only or choose another file.");
        assertThat(refused.message(Locale.GERMAN)).isEqualTo(refused.getMessage());
    }

    @Test
    void anotherProgramsDatabaseIsDescribedInJapanese() throws Exception {
        Path file = folder.resolve("photos.db");
        DatabaseFiles.execute(file, "CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT)");

        DatabaseOpenException refused = refusalToOpen(file);

        assertThat(refused.message(Locale.JAPANESE)).isEqualTo(file.toAbsolutePath()
                + " は別のプログラムの SQLite データベースです（application_id 0、テーブル 1 個、Debtmeter のテーブル 0 個、"
                + "Debtmeter のスキーマ履歴なし）。Debtmeter はこのファイルを変更しません。別のファイルを選んでください。");
    }

    @Test
    void aDamagedFileKeepsSqlitesWordsAndGivesTheWayOnInJapanese() throws Exception {
        Path file = DatabaseFiles.damaged(folder.resolve("damaged.db"));

        DatabaseOpenException refused = refusalToOpen(file);

        assertThat(refused.message(Locale.JAPANESE))
                .startsWith(file.toAbsolutePath() + " は壊れています：SQLite の報告：「")
                .contains("」。Debtmeter はこのファイルに書き込みません。何も変更していません。")
                .contains("にこのファイルのバックアップはありません。読み取れる内容は「debtmeter export --all --format json --db "
                        + file.toAbsolutePath() + " --out rescued.json」で書き出せます。");
    }

    @Test
    void aFolderInPlaceOfTheFileAndAMissingFileInJapanese() throws Exception {
        Path asFolder = Files.createDirectory(folder.resolve("debtmeter.db"));
        DatabaseOpenException folderRefused = refusalToOpen(asFolder);
        assertThat(folderRefused.message(Locale.JAPANESE))
                .isEqualTo(asFolder.toAbsolutePath() + " を読み取れません：ファイルではなくフォルダです。");

        Path missing = folder.resolve("missing.db");
        DatabaseOpenException missingRefused = catchThrowableOfType(DatabaseOpenException.class,
                () -> SqliteAssessmentStore.openReadOnly(missing));
        assertThat(missingRefused.message(Locale.JAPANESE))
                .isEqualTo(missing.toAbsolutePath() + " にデータベースはありません。何も作成していません。");
    }

    @Test
    void aStoreOpenedInJapaneseRefusesInJapaneseAndPrintsItsOwnMessage() throws Exception {
        Path file = folder.resolve("newer.db");
        DatabaseFiles.newerVersionFile(file);

        DatabaseOpenException refused = catchThrowableOfType(DatabaseOpenException.class,
                () -> SqliteAssessmentStore.open(file, Locale.JAPANESE));

        // For the command line, which prints the message as it is.
        assertThat(refused).hasMessage(refused.message(Locale.JAPANESE)).hasMessageStartingWith(file.toAbsolutePath()
                + " は新しいバージョンの Debtmeter で書き込まれています");
        assertThat(refused.problem()).isEqualTo(DatabaseProblem.NEWER_VERSION);
        assertThat(refused.offersReadOnly()).isTrue();
        assertThat(refused.message(Locale.ENGLISH)).startsWith(file.toAbsolutePath() + " was written by a newer version");
    }

    @Test
    void theRulesAStoreKeepsAreToldInItsLanguage() throws Exception {
        Path file = folder.resolve("rules.db");
        try (AssessmentStore store = SqliteAssessmentStore.open(file, Locale.JAPANESE)) {
            store.createTeam("Search");

            assertThatThrownBy(() -> store.createTeam("search"))
                    .isInstanceOf(StoreException.class).hasMessage("Search という名前のチームはすでにあります。");
            assertThatThrownBy(() -> store.createTeam("  "))
                    .isInstanceOf(StoreException.class).hasMessage("チーム名を入力してください。");
        }
        try (AssessmentStore readOnly = SqliteAssessmentStore.openReadOnly(file, Locale.JAPANESE)) {
            assertThatThrownBy(() -> readOnly.createTeam("Ranking")).isInstanceOf(StoreException.class)
                    .hasMessage("チームを作成できませんでした：" + file.toAbsolutePath()
                            + " は読み取り専用で開いているため、変更できません。");
        }
    }

    @Test
    void aWriteBlockedByAnotherProgramIsToldInJapanese() throws Exception {
        Path file = folder.resolve("shared.db");
        try (AssessmentStore store = SqliteAssessmentStore.open(file, Duration.ofMillis(300), Clock.systemUTC(),
                Locale.JAPANESE);
             OtherProgram otherWrites = new OtherProgram(file)) {
            Team team = store.createTeam("Search");
            otherWrites.beginWriting("UPDATE team SET name = 'changing'");

            assertThatThrownBy(() -> store.renameTeam(team.id(), "Ranking"))
                    .isInstanceOf(StoreBusyException.class)
                    .hasMessage("チーム名を変更できませんでした：" + file.toAbsolutePath() + " は別のプログラム"
                            + "（別の Debtmeter ウィンドウ？）が使用中です。何も変更していません。少し待ってから、もう一度お試しください。");
            otherWrites.execute("ROLLBACK");
        }
    }
}
