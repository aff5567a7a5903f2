package io.debtmeter.ui.shell;

import io.debtmeter.core.platform.DisplayLanguage;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.Theme;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The theme switch changes the look at once and is remembered for the next start. */
@ExtendWith(ApplicationExtension.class)
class ThemeUiTest {

    @TempDir
    Path folder;

    private Stage stage;
    private AppWindow window;
    private UserDirectories directories;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        directories = new UserDirectories("Linux", Map.of(), folder);
        window = new AppWindow(stage, directories, new Texts(Locale.ENGLISH), new DirectTaskExecutor(),
                StoreOpener.SQLITE, path -> { });
        window.open(folder.resolve("theme.db"), false);
        TestStages.show(stage);
    }

    @AfterEach
    void lightAgain() {
        window.close();
        Theme.LIGHT.apply();
    }

    @Test
    void switchingToDarkRestylesAndIsRememberedThenBack(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");

        robot.clickOn("#empty-load-sample");
        robot.clickOn("#theme-toggle");

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(Settings.in(directories.dataFolder()).get("theme")).contains("DARK");
        robot.interact(() -> Screenshots.save(stage.getScene(), "teams-sample-dark"));

        robot.interact(() -> {
            window.close();
            Theme.LIGHT.apply();
            window = new AppWindow(stage, directories, new Texts(Locale.ENGLISH), new DirectTaskExecutor(),
                    StoreOpener.SQLITE, path -> { });
            window.open(folder.resolve("theme.db"), false);
        });
        assertThat(Application.getUserAgentStylesheet()).as("remembered at the next start").contains("primer-dark");

        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(Settings.in(directories.dataFolder()).get("theme")).contains("LIGHT");
    }

    @Test
    void choosingALanguageIsRememberedForTheNextStartAndSaysSo(FxRobot robot) {
        robot.clickOn("#language-menu");
        robot.clickOn("#language-ja");

        assertThat(Settings.in(directories.dataFolder()).get(DisplayLanguage.SETTING)).contains("ja");
        assertThat(robot.lookup(".notification").queryAllAs(atlantafx.base.controls.Notification.class))
                .extracting(atlantafx.base.controls.Notification::getMessage)
                .contains("Debtmeter will be in 日本語 the next time it starts. Everything you entered stays as it is.");

        robot.clickOn("#language-menu");
        robot.clickOn("#language-en");
        assertThat(Settings.in(directories.dataFolder()).get(DisplayLanguage.SETTING)).contains("en");
    }
}
