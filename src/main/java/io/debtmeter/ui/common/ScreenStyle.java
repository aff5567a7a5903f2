package io.debtmeter.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

import java.util.Objects;

/**
 * The style classes every screen with a stylesheet of its own names alike, from the screen's name:
 * "compare" is the root's id and class, "compare-header", "compare-panel", … its parts, and
 * {@code /io/debtmeter/ui/compare/compare.css} its stylesheet. A screen's other classes stay in its
 * own {@code …Css} class.
 */
public record ScreenStyle(String name) {

    /** Gives the screen's root its id, its class and its stylesheet. */
    public void applyTo(Parent root) {
        root.setId(name);
        root.getStyleClass().add(name);
        String stylesheet = "/io/debtmeter/ui/" + name + "/" + name + ".css";
        root.getStylesheets().add(Objects.requireNonNull(ScreenStyle.class.getResource(stylesheet)).toExternalForm());
    }

    /** The strip of title and commands at the top. */
    public String header() {
        return name + "-header";
    }

    /** The scrolling page below the header. */
    public String page() {
        return name + "-page";
    }

    /** A section of the page (framed where the node also has {@link AppCss#FRAMED_CARD}). */
    public String panel() {
        return name + "-panel";
    }

    /** A panel's heading. */
    public String panelTitle() {
        return name + "-panel-title";
    }

    /** A panel's heading saying {@code text}. */
    public Label panelTitle(String text) {
        return panelTitle(text, null);
    }

    /** A panel's heading saying {@code text}, with {@code icon} before it when not null. */
    public Label panelTitle(String text, Node icon) {
        Label title = new Label(text, icon);
        title.getStyleClass().add(panelTitle());
        return title;
    }

    /**
     * The id of the warning strip under the header that says why data could not be read; its look
     * is the shared {@link AppCss#PROBLEM_STRIP}.
     */
    public String problem() {
        return name + "-problem";
    }
}
