package io.debtmeter.ui.startup;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * For the AOT cache's training run and the start-up benchmark ({@code installer/benchmark/startup.sh}):
 * with {@code -Ddebtmeter.exitAfterFirstFrame=true} the app prints {@code first-frame-ms=<epoch ms>}
 * once the home screen has drawn its teams and the first team's assessments (or its empty state),
 * then exits normally.
 *
 * <p>"Drawn" means: the pulse after the one whose layout first showed the data. Pulses are
 * serialised with rendering, so by then that frame has been handed to the screen. The bare-window
 * baseline ({@code io.debtmeter.benchmark.BareWindow}) uses the same rule.
 */
public final class FirstFrameProbe extends AnimationTimer {

    static final String PROPERTY = "debtmeter.exitAfterFirstFrame";

    private final Stage stage;
    private boolean readySeen;

    private FirstFrameProbe(Stage stage) {
        this.stage = stage;
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    public static void install(Stage stage) {
        new FirstFrameProbe(stage).start();
    }

    @Override
    public void handle(long now) {
        if (readySeen) {
            stop();
            System.out.println("first-frame-ms=" + System.currentTimeMillis());
            if (TrainingTour.requested()) {
                TrainingTour.start(stage);
            } else {
                Platform.exit();
            }
        } else {
            readySeen = homeShown(stage.getScene());
        }
    }

    /**
     * The Teams screen with its list filled and the selected team's assessments read (the busy
     * spinner gone), or its empty state (a new database).
     */
    private static boolean homeShown(Scene scene) {
        if (scene == null) {
            return false;
        }
        Node list = scene.lookup("#team-list");
        Node busy = scene.lookup("#teams-busy");
        Node empty = scene.lookup("#teams-empty");
        return (list instanceof ListView<?> teams && !teams.getItems().isEmpty() && busy != null && !busy.isVisible())
                || (empty != null && empty.isVisible());
    }
}
