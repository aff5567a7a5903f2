package io.debtmeter.benchmark;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up floor for {@code installer/benchmark/startup.sh}: a Stage with a Label, the same
 * size as Debtmeter's window, that prints {@code first-frame-ms=<epoch ms>} and exits on the pulse
 * after its first frame, by the same rule as the app's {@code FirstFrameProbe}. The script
 * compiles it into its own jar and runs it on the app image's runtime and JavaFX jars, with its
 * own AOT cache made the way the app's is.
 *
 * <p>Not a JavaFX {@code Application} itself: on the class path JavaFX refuses such a main class.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 1280, 800));
            stage.setTitle("Bare window");
            exitAfterFirstFrame();
            stage.show();
        }
    }

    /** Prints {@code first-frame-ms=<epoch ms>} and exits on the pulse after the first one. */
    static void exitAfterFirstFrame() {
        new AnimationTimer() {
            private boolean shown;

            @Override
            public void handle(long now) {
                if (shown) {
                    stop();
                    System.out.println("first-frame-ms=" + System.currentTimeMillis());
                    Platform.exit();
                }
                shown = true;
            }
        }.start();
    }
}
