package io.debtmeter.ui.trends;

import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the trends tests look for on screen: lines, tooltips, cells, and text that is cut or overlaps. */
final class TrendsUiChecks {

    private TrendsUiChecks() {
    }

    /** The points of a line in time order; a line broken by gaps is several series of one style. */
    static List<XYChart.Data<Number, Number>> lineValues(LineChart<Number, Number> chart, String slot) {
        return chart.getData().stream()
                .filter(series -> series.getNode().getStyleClass().contains(slot))
                .flatMap(series -> series.getData().stream())
                .sorted(Comparator.comparingDouble(d -> d.getXValue().doubleValue()))
                .toList();
    }

    static List<Node> paths(LineChart<Number, Number> chart, String slot) {
        return chart.getData().stream().map(XYChart.Series::getNode)
                .filter(node -> node.getStyleClass().contains(slot)).toList();
    }

    /** Waits for the tooltip a person would see after resting the pointer, and reads it. */
    static String shownTooltip(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingTooltip() != null);
        } catch (TimeoutException e) {
            String detail = robot.lookup("#trends-heat-detail").tryQuery()
                    .map(node -> ((javafx.scene.control.Label) node).getText()).orElse("(no detail)");
            throw new AssertionError("No tooltip appeared; heat-map detail: " + detail, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return showingTooltip().getText();
    }

    private static Tooltip showingTooltip() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> (Tooltip) w)
                .filter(t -> t.getStyleClass().contains(HoverTip.STYLE_CLASS))
                .findFirst().orElse(null);
    }

    /** Saves the window and, beside it, the tooltip on show (a window of its own, so not in the first picture). */
    static void saveWithTooltip(FxRobot robot, Scene scene, String name) {
        robot.interact(() -> {
            Screenshots.save(scene, name);
            Tooltip tooltip = showingTooltip();
            if (tooltip != null) {
                Screenshots.save(tooltip.getScene(), name + "-popup");
            }
        });
    }

    /** Where a heat-map cell is on screen: across from its item's title, below its period. */
    static Point2D cellCentre(FxRobot robot, String itemId, int column) {
        revealRow(robot, itemId);
        // The page settles over a few pulses (the split's divider is placed once both panels are in): a
        // point read before that can move from under the pointer, which then leaves the cell unhovered.
        Point2D centre = null;
        for (int tries = 0; tries < 40; tries++) {
            Point2D row = TrendsUiTest.centreOf(robot.lookup("#trends-heat-row-" + itemId).query());
            Point2D period = TrendsUiTest.centreOf(robot.lookup("#trends-heat-column-" + column).query());
            Point2D now = new Point2D(period.getX(), row.getY());
            if (now.equals(centre)) {
                return now;
            }
            centre = now;
            robot.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return centre;
    }

    /**
     * Rests the pointer on a cell, coming from the row's title as a person's hand does. Moving straight to
     * a point where the pointer already is (left there by an earlier test) sends no mouse event at all.
     */
    static void hoverCell(FxRobot robot, String itemId, int column) {
        Point2D cell = cellCentre(robot, itemId, column);
        String idle = detailText(robot);
        // JavaFX's headless robot now and then delivers no move to the cells for a pointer that arrived
        // (cause not found: see the closing note of issue 19/20). A hand that rests and nudges again is what a
        // person does; a few tries, resting longer each time (a busy machine delivers later), and what the
        // tooltip says is still asserted by the caller.
        for (int tries = 0; tries < 6; tries++) {
            robot.moveTo(TrendsUiTest.centreOf(robot.lookup("#trends-heat-row-" + itemId).query()));
            robot.moveTo(cell.add(tries % 3, tries % 3));
            robot.sleep(150L * (tries + 1));
            WaitForAsyncUtils.waitForFxEvents();
            if (!detailText(robot).equals(idle)) {
                return;
            }
        }
    }

    private static String detailText(FxRobot robot) {
        return robot.lookup("#trends-heat-detail").tryQuery()
                .map(node -> ((javafx.scene.control.Label) node).getText()).orElse("");
    }

    /** Scrolls the heat map, as a person would with the wheel, until the item's row is in view. */
    static void revealRow(FxRobot robot, String itemId) {
        ScrollPane body = robot.lookup("#trends-heat-scroll").queryAs(ScrollPane.class);
        Node title = robot.lookup("#trends-heat-row-" + itemId).query();
        robot.interact(() -> {
            double room = body.getContent().getLayoutBounds().getHeight() - body.getViewportBounds().getHeight();
            if (room > 0) {
                body.setVvalue(Math.max(0, Math.min(1, (title.getBoundsInParent().getMinY() - 10) / room)));
            }
            body.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** No text is shortened with an ellipsis, no axis label touches another, nothing leaves the window. */
    static void assertLegible(FxRobot robot, Scene scene) {
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        assertThat(Legibility.truncated(scene)).as("labels shortened with an ellipsis").isEmpty();

        List<Node> labels = robot.lookup(".axis").queryAll().stream()
                .filter(axis -> axis instanceof PeriodAxis)
                .flatMap(axis -> ((Parent) axis).getChildrenUnmodifiable().stream())
                .filter(n -> n instanceof Text && n.isVisible() && !((Text) n).getText().isEmpty())
                .toList();
        assertThat(labels).as("period labels on the time axis").isNotEmpty();
        assertThat(Legibility.overlapping(scene, labels)).as("period labels side by side in the window").isEmpty();
        for (String id : List.of("#trends-chart-panel", "#trends-legend", "#trends-heat-legend", "#trends-back")) {
            Node node = robot.lookup(id).query();
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            assertThat(bounds.getMaxX()).as(id + " fits the window").isLessThanOrEqualTo(scene.getWidth() + 0.5);
        }
    }
}
