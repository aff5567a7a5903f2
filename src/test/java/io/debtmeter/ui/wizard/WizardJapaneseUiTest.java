package io.debtmeter.ui.wizard;

import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard in Japanese (issue 23): the window's words from the Japanese bundles, the rubric's from
 * its Japanese translation, level choice by key as ever, and nothing cut at 1280 × 800, light and dark.
 */
@ExtendWith(ApplicationExtension.class)
class WizardJapaneseUiTest extends WithWizardOnStage {


    @Start
    void start(Stage stage) {
        showWizard(stage, new DirectTaskExecutor(), Locale.JAPANESE);
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).<Labeled>query().getText();
    }

    @Test
    void aFacilitatorWhoReadsJapaneseMeetsNoEnglishButNamesAndNothingIsCut(FxRobot robot) {
        assertThat(text(robot, "#wizard-finish")).isEqualTo("完了");
        assertThat(text(robot, "#wizard-voting")).isEqualTo("スマホ投票");
        assertThat(text(robot, "#wizard-category")).isEqualTo("モデルの境界");
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("出発点", "個人任せ", "明文化", "定着", "自動化・監視")
                .doesNotContain("Starting point", rubric.items().get(0).title());

        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(data.store.responses(q4.id()).get(rubric.items().get(0).id()).answer())
                .as("choosing by key stores the level, whatever the language").hasValueSatisfying(a ->
                        assertThat(a).isEqualTo(new io.debtmeter.model.Answer.Level(2)));

        robot.interact(() -> Screenshots.save(scene, "wizard-japanese-light"));
        assertThat(Legibility.truncated(scene)).isEmpty();
        robot.interact(TestStages::darkTheme);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene, "wizard-japanese-presenter-dark"));
        assertThat(Legibility.truncated(scene)).isEmpty();
    }
}
