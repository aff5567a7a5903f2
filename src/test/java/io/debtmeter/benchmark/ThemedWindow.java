package io.debtmeter.benchmark;

import io.debtmeter.ui.shell.DebtmeterApp;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * A step of {@code installer/benchmark/startup.sh}'s ladder between the bare window and the app:
 * the same Stage with a Label, but with Debtmeter's theme and stylesheet, run on the app image's
 * class path and archive. What it costs over the bare window is what the look costs before any
 * screen is built.
 */
public final class ThemedWindow {

    private ThemedWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(DebtmeterApp.styledScene(new Label("Hello")));
            stage.setTitle("Themed window");
            BareWindow.exitAfterFirstFrame();
            stage.show();
        }
    }
}
