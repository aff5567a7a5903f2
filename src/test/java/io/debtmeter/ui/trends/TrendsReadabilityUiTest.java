package io.debtmeter.ui.trends;

import io.debtmeter.core.sample.SampleData;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample team's trends (the default rubric: the overall line and eight categories) read on a
 * projector: nine series told apart by colour, marker and dash in both themes; period headers on one
 * line, also with a wider system font; and the heat map showing a good part of the rubric at 1280×800.
 */
@ExtendWith(ApplicationExtension.class)
class TrendsReadabilityUiTest {

    /**
     * Two series' colours must differ by at least this CIE76 distance in Lab (about 2.3 is "just
     * noticeable"; Okabe-Ito's orange and vermillion, the closest pair kept, are 37 apart).
     */
    private static final double MIN_COLOUR_DISTANCE = 25;

    @TempDir
    Path tempDir;

    private WizardTestData data;
    private Scene scene;

    @Start
    void start(Stage stage) {
        data = WizardTestData.open(tempDir);
        Team sample = new SampleData(data.store).load(data.mlTechnicalDebt(), LocalDate.of(2026, 11, 15));
        scene = TestStages.showStyled(stage, TrendsViews.of(data.store, sample.id(), id -> { }, () -> { }));
    }

    @AfterEach
    void closeStore() {
        TestStages.lightTheme();
        data.close();
    }

    private record Series(String name, Color colour, String shape, String dashes, Color lineColour) {
    }

    /** What each legend entry shows: its marker's colour and shape, its line's dash pattern and colour. */
    private static List<Series> legend(FxRobot robot) {
        List<Series> series = new ArrayList<>();
        for (Node node : robot.lookup("#trends-legend .check-box").queryAll()) {
            CheckBox box = (CheckBox) node;
            Region marker = (Region) box.getGraphic().lookup("." + TrendsCss.MARKER);
            Line line = (Line) box.getGraphic().lookup("." + TrendsCss.LINE);
            var fills = marker.getBackground().getFills();
            Color fill = (Color) fills.get(fills.size() - 1).getFill();   // the series colour inside the ring
            series.add(new Series(box.getText(), fill, String.valueOf(marker.getShape()), line.getStrokeDashArray().toString(),
                    (Color) line.getStroke()));
        }
        return series;
    }

    private static void assertDistinguishable(List<Series> series, Color background, String theme) {
        assertThat(series).as(theme + ": overall and eight categories").hasSize(9);
        assertThat(series.stream().map(Series::shape).distinct()).as(theme + " marker shapes").hasSize(9);
        assertThat(series.stream().map(Series::dashes).distinct()).as(theme + " dash patterns").hasSize(9);
        for (int i = 0; i < series.size(); i++) {
            assertThat(series.get(i).lineColour()).as(series.get(i).name() + ": line and marker alike").isEqualTo(series.get(i).colour());
            for (int j = i + 1; j < series.size(); j++) {
                assertThat(distance(series.get(i).colour(), series.get(j).colour()))
                        .as(theme + ": " + series.get(i).name() + " " + series.get(i).colour() + " against "
                                + series.get(j).name() + " " + series.get(j).colour())
                        .isGreaterThanOrEqualTo(MIN_COLOUR_DISTANCE);
            }
            // A line must stand out from the page: WCAG's 3:1 for graphics would rule out most of Okabe-Ito
            // on white, so 2:1 is the floor here, with marker shapes and dashes doing the rest.
            assertThat(io.debtmeter.testsupport.Legibility.contrast(series.get(i).colour(), background)).as(theme + ": " + series.get(i).name()
                    + " against the page").isGreaterThanOrEqualTo(2.0);
        }
    }

    @Test
    void nineSeriesDifferInColourMarkerAndDashInBothThemes(FxRobot robot) {
        robot.sleep(300);
        assertDistinguishable(legend(robot), Color.WHITE, "light");
        robot.interact(() -> Screenshots.save(scene, "trends-series-light"));

        robot.interact(TestStages::darkTheme);
        robot.sleep(300);
        Color dark = (Color) ((Region) robot.lookup("#trends-chart-panel").query()).getBackground().getFills().get(0).getFill();
        assertDistinguishable(legend(robot), dark, "dark");
        robot.interact(() -> Screenshots.save(scene, "trends-series-dark"));
    }

    @Test
    void periodHeadersStayOnOneLineAlsoWithAWiderFont(FxRobot robot) {
        for (String size : List.of("14px", "17px")) {
            robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: " + size + ";"));
            robot.sleep(300);
            List<Node> headers = robot.lookup(".heat-map-column").queryAll().stream().toList();
            assertThat(headers).as(size).hasSize(4);
            for (Node node : headers) {
                Label header = (Label) node;
                Text shown = (Text) header.lookup(".text");
                double oneLine = header.getFont().getSize() * 1.5;
                assertThat(shown.getText()).as(size).isEqualTo(header.getText());
                assertThat(shown.getLayoutBounds().getHeight()).as(size + " " + header.getText() + " on one line")
                        .isLessThan(oneLine);
            }
            robot.interact(() -> assertThat(Legibility.truncated(scene)).as(size).isEmpty());
        }
        robot.interact(() -> Screenshots.save(scene, "trends-heat-17px"));
    }

    /**
     * In the window at 1280×800 the menu bar and the app's header take about 100 px: the view gets
     * 1280×700. Before, the heat map showed four rows there (30 px rows, under a chart that took
     * 57 % of the height: the split's divider was moved by the chart's size); now at least eight
     * (24 px rows, the chart 38 %), category rows counted, as a person scrolling the rubric counts them.
     */
    @Test
    void theHeatMapShowsAtLeastEightRowsInTheWindowAt1280x800(FxRobot robot) {
        robot.interact(() -> scene.getWindow().setHeight(700));
        robot.sleep(500);
        Node clip = robot.lookup("#trends-heat-scroll").query();
        Bounds shown = clip.localToScene(clip.getLayoutBounds());
        Set<String> whole = new HashSet<>();
        List<Node> titles = new ArrayList<>(robot.lookup(".heat-map-item").queryAll());
        titles.addAll(robot.lookup(".heat-map-group").queryAll());
        for (Node title : titles) {
            Bounds box = title.localToScene(title.getLayoutBounds());
            if (title.isVisible() && box.getMinY() >= shown.getMinY() - 0.5 && box.getMaxY() <= shown.getMaxY() + 0.5) {
                whole.add(((Label) title).getText());
            }
        }
        robot.interact(() -> Screenshots.save(scene, "trends-heat-rows"));
        assertThat(whole).as("rows readable without scrolling").hasSizeGreaterThanOrEqualTo(8);
    }

    /** Lab distance (CIE76) between two colours, from sRGB via D65 XYZ. */
    static double distance(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
