package io.debtmeter.ui.common;

import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.shell.DebtmeterApp;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window draws with the fonts it ships (decision 0019), whatever the machine has installed: the
 * CI machine has DejaVu Sans as its only font, no Noto and no CJK font at all.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFontsUiTest {

    // Made in start(): a control needs the toolkit, which is not up when the test class is made.
    private Label plain;
    private Label bold;
    private Label italic;
    private List<Label> kanji;
    private Label accented;

    @Start
    void start(Stage stage) {
        plain = new Label("Debt index 100.0");
        bold = new Label("Debt index 100.0");
        italic = new Label("No note");
        kanji = List.of(new Label("日"), new Label("本"), new Label("語"));
        accented = new Label("Zoë, José, Müller");
        bold.setStyle("-fx-font-weight: bold;");
        italic.setStyle("-fx-font-style: italic;");
        VBox box = new VBox(8, plain, bold, italic, accented);
        box.getChildren().addAll(kanji);
        kanji.forEach(label -> label.setStyle("-fx-font-size: 24px;"));
        stage.setScene(DebtmeterApp.styledScene(box));
        TestStages.show(stage);
    }

    @Test
    void everyLabelIsSetInTheBundledNotoSansInItsThreeFaces(FxRobot robot) {
        assertThat(plain.getFont().getName()).isEqualTo("Noto Sans Regular");
        assertThat(bold.getFont().getName()).isEqualTo("Noto Sans Bold");
        assertThat(italic.getFont().getName()).isEqualTo("Noto Sans Italic");
        assertThat(accented.getFont().getFamily()).isEqualTo("Noto Sans");
        // Loaded from the jar by app.css, not found on the machine: the Japanese fallback is there too.
        assertThat(Font.getFamilies()).contains("Noto Sans", "IPAGothic");
    }

    /**
     * A character no font can draw is drawn as the same empty box whatever it is, so three kanji that
     * come out as three different pictures were drawn from a real font (IPAGothic, the fallback).
     */
    @Test
    void japaneseCharactersAreDrawnAsThemselvesNotAsBoxes(FxRobot robot) {
        List<int[]> pictures = new ArrayList<>();
        robot.interact(() -> kanji.forEach(label -> pictures.add(pixels(label.snapshot(null, null)))));

        assertThat(pictures).allSatisfy(picture -> assertThat(Arrays.stream(picture).distinct().count())
                .as("the character is drawn, not blank").isGreaterThan(2));
        assertThat(pictures.get(0)).isNotEqualTo(pictures.get(1));
        assertThat(pictures.get(1)).isNotEqualTo(pictures.get(2));
        assertThat(pictures.get(0)).isNotEqualTo(pictures.get(2));
    }

    private static int[] pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = reader.getArgb(x, y);
            }
        }
        return argb;
    }
}
