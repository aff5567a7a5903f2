package io.debtmeter.ui.common;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/**
 * Notices in the window's bottom-right corner, over whatever screen is shown: work in progress (with a
 * spinner), work done (with actions such as "Open"), and failures. Done notices leave by themselves
 * after a while; failures stay until closed, so nobody misses one. Lives in the window, not in the
 * operating system's notification centre, so it works the same everywhere and in tests.
 */
public final class Notifications extends VBox {

    /** How long a "done" notice stays: long enough to reach its "Open" button. */
    static final Duration DONE_STAYS = Duration.seconds(12);
    private static final double WIDTH = 420;

    public Notifications() {
        super(10);
        setId("notifications");
        setPickOnBounds(false);
        setPadding(new Insets(16));
        setMaxSize(WIDTH + 32, USE_PREF_SIZE);
        setAlignment(Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
    }

    /** A notice with a spinner; call {@link Handle#close()} or replace it when the work ends. */
    public Handle progress(String message) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        return add(notice(message, spinner, Styles.ACCENT), false);
    }

    /**
     * A notice with a progress bar, indeterminate while {@code fraction} is negative, and a button
     * (Cancel) that stays until the work ends: the caller closes the notice then.
     */
    public Handle progress(String message, ObservableValue<? extends Number> fraction, Button cancel) {
        ProgressBar bar = new ProgressBar();
        bar.setId("notice-progress");
        bar.setPrefWidth(90);
        bar.progressProperty().bind(fraction);
        Notification notice = notice(message, bar, Styles.ACCENT);
        notice.getPrimaryActions().setAll(cancel);
        return add(notice, false);
    }

    /** A success notice with buttons (each also closes the notice); leaves by itself. */
    public Handle done(String message, List<Button> actions) {
        return done(message, true, actions);
    }

    /**
     * A success notice with buttons (each also closes the notice).
     *
     * @param leavesByItself false for a notice with a warning to read (an export that replaced characters)
     */
    public Handle done(String message, boolean leavesByItself, List<Button> actions) {
        Notification notice = notice(message, AppIcon.DONE.create(22), Styles.SUCCESS);
        notice.getPrimaryActions().setAll(actions);
        Handle handle = add(notice, leavesByItself);
        actions.forEach(button -> {
            var action = button.getOnAction();
            button.setOnAction(event -> {
                if (action != null) {
                    action.handle(event);
                }
                handle.close();
            });
        });
        return handle;
    }

    /** A failure notice: stays until the user closes it. */
    public Handle failed(String message) {
        return add(notice(message, AppIcon.ERROR.create(22), Styles.DANGER), false);
    }

    private Notification notice(String message, javafx.scene.Node graphic, String style) {
        Notification notice = new Notification(message, graphic);
        notice.getStyleClass().addAll(style, Styles.ELEVATED_2);
        notice.setPrefWidth(WIDTH);
        notice.setMaxWidth(WIDTH);
        return notice;
    }

    private Handle add(Notification notice, boolean leavesByItself) {
        Handle handle = () -> getChildren().remove(notice);
        notice.setOnClose(event -> handle.close());
        getChildren().add(notice);
        if (leavesByItself) {
            PauseTransition stay = new PauseTransition(DONE_STAYS);
            stay.setOnFinished(event -> handle.close());
            stay.play();
        }
        return handle;
    }

    /** One notice on screen. */
    @FunctionalInterface
    public interface Handle {
        void close();
    }
}
