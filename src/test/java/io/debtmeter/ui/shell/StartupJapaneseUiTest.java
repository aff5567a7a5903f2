package io.debtmeter.ui.shell;

import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/** A file the window will not open, explained in Japanese: the reason, the file and the ways on, none of it cut. */
@ExtendWith(ApplicationExtension.class)
class StartupJapaneseUiTest extends WithAppWindow {

    @Start
    void start(Stage primaryStage) {
        newWindow(primaryStage, Locale.JAPANESE, path -> { });
        TestStages.show(stage);
    }

    @AfterEach
    void lightThemeAgain() {
        TestStages.lightTheme();
    }

    @Test
    void aFileFromANewerVersionIsExplainedInJapaneseWithNothingCut(FxRobot robot) throws Exception {
        Path future = newerVersionFile();
        byte[] before = Files.readAllBytes(future);

        robot.interact(() -> window.open(future, false));

        assertThat(text(robot, "#startup-problem")).isEqualTo(future.toAbsolutePath()
                + " は新しいバージョンの Debtmeter で書き込まれています（スキーマ 999、このバージョンが扱えるのは 9 まで）。"
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
