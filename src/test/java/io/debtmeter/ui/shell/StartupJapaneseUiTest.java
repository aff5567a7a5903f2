package io.debtmeter.ui.shell;

import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.storage.DatabaseFiles;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/** A file the window will not open, explained in Japanese: the reason, the file and the ways on, none of it cut. */
@ExtendWith(ApplicationExtension.class)
class StartupJapaneseUiTest {

    @TempDir
    Path folder;

    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        window = new AppWindow(stage, new UserDirectories("Linux", Map.of(), folder), new Texts(Locale.JAPANESE),
                new DirectTaskExecutor(), StoreOpener.SQLITE, path -> { });
        TestStages.show(stage);
    }

    @AfterEach
    void closeStore() {
        window.close();
        TestStages.lightTheme();
    }

    @Test
    void aFileFromANewerVersionIsExplainedInJapaneseWithNothingCut(FxRobot robot) throws Exception {
        Path future = folder.resolve("future.db");
        DatabaseFiles.newerVersionFile(future);
        byte[] before = Files.readAllBytes(future);

        robot.interact(() -> window.open(future, false));

        assertThat(text(robot, "#startup-problem")).isEqualTo(future.toAbsolutePath()
                + " は新しいバージョンの Debtmeter で書き込まれています（スキーマ 999、このバージョンが扱えるのは 7 まで）。"
                + "読み取り専用で開くか、別のファイルを選んでください。");
        assertThat(text(robot, "#startup-read-only")).isEqualTo("読み取り専用で開く");
        assertThat(Legibility.truncated(stage.getScene())).isEmpty();
        assertThat(Files.readAllBytes(future)).isEqualTo(before);
        robot.interact(() -> Screenshots.save(stage.getScene(), "startup-newer-ja"));

        robot.interact(() -> {
            TestStages.darkTheme();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        assertThat(Legibility.truncated(stage.getScene())).as("dark").isEmpty();
        assertThat(Legibility.lowContrast(stage.getScene())).as("dark").isEmpty();
        robot.interact(() -> Screenshots.save(stage.getScene(), "startup-newer-ja-dark"));
    }
}
