package io.debtmeter.testsupport;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

import java.util.Optional;

/** What a person reads on screen, looked up by a TestFX query. */
public final class OnScreen {

    private OnScreen() {
    }

    /** The words of the label (or button) the query finds. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Every text inside what the query finds (labels, buttons, text nodes), a line each, in scene order. */
    public static String allText(FxRobot robot, String query) {
        StringBuilder text = new StringBuilder();
        collect(robot.lookup(query).query(), text);
        return text.toString();
    }

    private static void collect(Node node, StringBuilder text) {
        if (node instanceof javafx.scene.text.Text t) {
            text.append(t.getText()).append('\n');
        } else if (node instanceof Labeled labeled) {
            text.append(labeled.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, text));
        }
    }

    /** Visible itself and inside visible parents: what a person can see (if scrolled to). */
    public static boolean shown(FxRobot robot, String query) {
        Optional<Node> found = robot.lookup(query).tryQuery();
        for (Node node = found.orElse(null); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return found.isPresent();
    }
}
