package io.debtmeter.core.export.pdf;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed heat map uses the screen's colours, and its numbers stay readable on them. */
class HeatMapColoursTest {

    @Test
    void theFiveStepsAreTheTrendsScreens() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/io/debtmeter/ui/trends/trends.css"));
        for (int step = 0; step < 5; step++) {
            Matcher matcher = Pattern.compile("-heat-" + step + ":\\s*(#[0-9A-Fa-f]{6})").matcher(css);
            assertThat(matcher.find()).as("step %d in trends.css", step).isTrue();
            assertThat(HeatMapTable.STEPS.get(step)).as("step %d", step).isEqualTo(Rgb.hex(matcher.group(1)));
        }
    }

    @Test
    void levelsMapToStepsAsOnScreenAndTextContrasts() {
        // A 0..4 scale: each level its own step; 0.5 of a 0..1 scale is the middle step.
        assertThat(HeatMapTable.stepOf(0)).isZero();
        assertThat(HeatMapTable.stepOf(0.25)).isEqualTo(1);
        assertThat(HeatMapTable.stepOf(0.5)).isEqualTo(2);
        assertThat(HeatMapTable.stepOf(1)).isEqualTo(4);
        // Dark purple and blue take white numbers; the light green and yellow take black.
        assertThat(HeatMapTable.textOn(HeatMapTable.STEPS.get(0))).isEqualTo(ReportColours.WHITE);
        assertThat(HeatMapTable.textOn(HeatMapTable.STEPS.get(1))).isEqualTo(ReportColours.WHITE);
        assertThat(HeatMapTable.textOn(HeatMapTable.STEPS.get(3))).isEqualTo(Rgb.hex("#000000"));
        assertThat(HeatMapTable.textOn(HeatMapTable.STEPS.get(4))).isEqualTo(Rgb.hex("#000000"));
    }
}
