package io.debtmeter.ui.common;

import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The looks several screens share, each one class of app.css (AppCss), as a screen would show them:
 * the problem strip on a danger tint, the notice flag on a warning tint with its stripe, the status
 * chip on a neutral one; legible in both themes. No screen test shows a problem strip, so its
 * screenshots are taken here.
 */
@ExtendWith(ApplicationExtension.class)
class SharedLooksUiTest {

    private Stage stage;
    private ProblemStrip strip;
    private Label notice;
    private Label chip;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestStages.showStyled(stage, looks(), 900, 300);
    }

    @AfterEach
    void lightThemeAgain() {
        TestStages.lightTheme();
    }

    private VBox looks() {
        strip = new ProblemStrip(new ScreenStyle("looks"));
        strip.show("The scorecard could not be read: the database is locked by another program.");
        notice = new Label("Partial: 1 item unanswered. The score covers only what was answered.", AppIcon.WARNING.create());
        notice.getStyleClass().add(AppCss.NOTICE_FLAG);
        chip = new Label("Final");
        chip.getStyleClass().add(AppCss.STATUS_CHIP);
        VBox page = new VBox(16, strip.node(), notice, chip);
        page.setPadding(new Insets(0, 0, 16, 0));
        return page;
    }

    @Test
    void eachSharedLookHasItsTintAndStaysLegibleInLightAndDark(FxRobot robot) {
        for (String theme : new String[]{"light", "dark"}) {
            robot.interact(() -> {
                if (theme.equals("dark")) {
                    TestStages.darkTheme();
                }
                stage.getScene().setRoot(looks());
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            Scene scene = stage.getScene();
            robot.interact(() -> Screenshots.save(scene, "shared-looks-" + theme));

            Color stripFill = fill(((Label) strip.node()).getBackground());
            Color noticeFill = fill(notice.getBackground());
            Color chipFill = fill(chip.getBackground());
            // Danger is red above green and blue; warning is yellow (red and green above blue); neutral is grey.
            assertThat(stripFill.getRed()).as(theme + " strip %s", stripFill).isGreaterThan(stripFill.getBlue());
            assertThat(stripFill.getRed()).as(theme + " strip %s", stripFill).isGreaterThan(stripFill.getGreen());
            assertThat(Math.min(noticeFill.getRed(), noticeFill.getGreen())).as(theme + " notice %s", noticeFill)
                    .isGreaterThan(noticeFill.getBlue());
            assertThat(Math.abs(chipFill.getRed() - chipFill.getBlue())).as(theme + " chip %s", chipFill).isLessThan(0.1);
            assertThat(notice.getBorder()).as("the notice's stripe").isNotNull();
            assertThat(notice.getBorder().getStrokes().get(0).getWidths().getLeft()).isEqualTo(6);
            assertThat(Legibility.lowContrast(scene)).as(theme).isEmpty();
            assertThat(Legibility.truncated(scene)).as(theme).isEmpty();
        }
    }

    private static Color fill(Background background) {
        assertThat(background).as("a background").isNotNull();
        assertThat(background.getFills()).isNotEmpty();
        return (Color) background.getFills().get(0).getFill();
    }
}
