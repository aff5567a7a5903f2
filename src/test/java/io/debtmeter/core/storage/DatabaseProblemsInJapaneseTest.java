package io.debtmeter.core.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
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

        DatabaseOpenException refused = catchThrowableOfType(DatabaseOpenException.class,
                () -> SqliteAssessmentStore.open(file));

        assertThat(refused.message(Locale.JAPANESE)).isEqualTo(file.toAbsolutePath()
                + " は新しいバージョンの Debtmeter で書き込まれています（スキーマ 999。このバージョンが知っているのは 6 までです）。"
                + "読み取り専用で開くか、別のファイルを選んでください。");
        assertThat(refused.message(Locale.JAPAN)).isEqualTo(refused.message(Locale.JAPANESE));
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo(refused.getMessage())
                .isEqualTo(file.toAbsolutePath() + " was written by a newer version of Debtmeter"
                        + " (schema 999, this version knows 6). Open it read-only or choose another file.");
        assertThat(refused.message(Locale.GERMAN)).isEqualTo(refused.getMessage());
    }

    @Test
    void anotherProgramsDatabaseIsDescribedInJapanese() throws Exception {
        Path file = folder.resolve("photos.db");
        DatabaseFiles.execute(file, "CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT)");

        DatabaseOpenException refused = catchThrowableOfType(DatabaseOpenException.class,
                () -> SqliteAssessmentStore.open(file));

        assertThat(refused.message(Locale.JAPANESE)).isEqualTo(file.toAbsolutePath()
                + " は別のプログラムの SQLite データベースです（application_id 0、テーブル 1 個、Debtmeter のテーブル 0 個、"
                + "Debtmeter のスキーマ履歴なし）。Debtmeter はこのファイルを変更しません。別のファイルを選んでください。");
    }

    @Test
    void aDamagedFileKeepsSqlitesWordsAndGivesTheWayOnInJapanese() throws Exception {
        Path file = folder.resolve("damaged.db");
        byte[] content = new byte[8192];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 16);
        for (int i = 16; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Files.write(file, content);

        DatabaseOpenException refused = catchThrowableOfType(DatabaseOpenException.class,
                () -> SqliteAssessmentStore.open(file));

        assertThat(refused.message(Locale.JAPANESE))
                .startsWith(file.toAbsolutePath() + " は壊れています：SQLite の報告：「")
                .contains("」。Debtmeter はこのファイルに書き込みません。何も変更していません。")
                .contains("にこのファイルのバックアップはありません。読み取れる内容は「debtmeter export --all --format json --db "
                        + file.toAbsolutePath() + " --out rescued.json」で書き出せます。");
    }

    @Test
    void aFolderInPlaceOfTheFileAndAMissingFileInJapanese() throws Exception {
        Path asFolder = Files.createDirectory(folder.resolve("debtmeter.db"));
        DatabaseOpenException folderRefused = catchThrowableOfType(DatabaseOpenException.class,
                () -> SqliteAssessmentStore.open(asFolder));
        assertThat(folderRefused.message(Locale.JAPANESE))
                .isEqualTo(asFolder.toAbsolutePath() + " を読み取れません：ファイルではなくフォルダです。");

        Path missing = folder.resolve("missing.db");
        DatabaseOpenException missingRefused = catchThrowableOfType(DatabaseOpenException.class,
                () -> SqliteAssessmentStore.openReadOnly(missing));
        assertThat(missingRefused.message(Locale.JAPANESE))
                .isEqualTo(missing.toAbsolutePath() + " にデータベースはありません。何も作成していません。");
    }
}
