package io.debtmeter.testsupport;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.debtmeter.ui.shell.DebtmeterApp;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import java.util.Objects;

/**
 * Builds a test's scene styled as the app's, and shows its window the way the robot of JavaFX 26's
 * headless platform can use it, working around two faults of that platform (both seen here with
 * JavaFX 26.0.2):
 * <ul>
 *   <li>It has one screen of 1000 × 1000 pixels (JDK-8364201). A stage left to centre itself puts
 *   the left 140 pixels of a 1280-wide window at negative x, where the robot's clicks never land.
 *   At the top-left corner every control up to x = 1000 is reachable, as on a real screen.</li>
 *   <li>Its robot marks every press and release of the primary button as a popup trigger, which
 *   real platforms do only for the secondary button. Controls that ignore popup-trigger clicks
 *   (a table's column header, which sorts on click) then ignore the robot. Such events are
 *   corrected at the window, before any node sees them.</li>
 * </ul>
 */
public final class TestStages {

    private TestStages() {
    }

    /** Sets a scene of {@code root} from {@link #styledScene(Parent)} on the stage and shows it; call on the FX thread. */
    public static Scene showStyled(Stage stage, Parent root) {
        return showStyled(stage, root, 1280, 800);
    }

    public static Scene showStyled(Stage stage, Parent root, double width, double height) {
        Scene scene = styledScene(root, width, height);
        stage.setScene(scene);
        show(stage);
        return scene;
    }

    /** A 1280 × 800 scene of {@code root}, styled as {@link DebtmeterApp#styledScene} does, in the light theme. */
    public static Scene styledScene(Parent root) {
        return styledScene(root, 1280, 800);
    }

    /**
     * A scene of {@code root} in the light theme (whatever the test before left set) with the app's
     * stylesheet on top, as the app builds its window.
     */
    public static Scene styledScene(Parent root, double width, double height) {
        lightTheme();
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                DebtmeterApp.class.getResource("/io/debtmeter/ui/app.css")).toExternalForm());
        return scene;
    }

    /** AtlantaFX's light theme, as the app starts with (test classes that switch to dark set it back after each test). */
    public static void lightTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void darkTheme() {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
    }

    /** Call on the FX thread in place of {@code stage.show()}. */
    public static void show(Stage stage) {
        stage.setX(0);
        stage.setY(0);
        stage.addEventFilter(MouseEvent.ANY, TestStages::correctPopupTrigger);
        stage.show();
    }

    private static void correctPopupTrigger(MouseEvent event) {
        if (!event.isPopupTrigger() || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        event.consume();
        Event.fireEvent(event.getTarget(), new MouseEvent(event.getEventType(),
                event.getSceneX(), event.getSceneY(), event.getScreenX(), event.getScreenY(),
                event.getButton(), event.getClickCount(),
                event.isShiftDown(), event.isControlDown(), event.isAltDown(), event.isMetaDown(),
                event.isPrimaryButtonDown(), event.isMiddleButtonDown(), event.isSecondaryButtonDown(),
                event.isBackButtonDown(), event.isForwardButtonDown(),
                event.isSynthesized(), false, event.isStillSincePress(), event.getPickResult()));
    }
}
