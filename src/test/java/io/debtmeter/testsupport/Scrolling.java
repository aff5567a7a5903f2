package io.debtmeter.testsupport;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does before clicking something below the fold: scroll to it. */
public final class Scrolling {

    private Scrolling() {
    }

    /** Scrolls the nearest scroll pane so the node is on screen. */
    public static FxRobot reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane pane) {
                Node content = pane.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (room > 0) {
                    pane.setVvalue(Math.max(0, Math.min(1, (y - 60) / room)));
                }
                pane.layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }
}
