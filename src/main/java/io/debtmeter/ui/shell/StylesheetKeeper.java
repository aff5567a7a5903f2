package io.debtmeter.ui.shell;

import javafx.scene.Parent;
import javafx.scene.layout.Pane;

/**
 * An empty, invisible node that holds on to each screen's own stylesheet once that screen has been
 * shown, for as long as the window is open. JavaFX drops a stylesheet, and the style matches it
 * cached, when the last node using it leaves the scene; so each time a screen was replaced and
 * opened again, its stylesheet was parsed anew and every node matched from scratch against the
 * theme. Measured on 500 teams: the CSS pass of an open halves (docs/benchmarks.md).
 *
 * <p>A stylesheet on a node styles only that node's descendants, and this one has none, so
 * holding them here changes no screen's look. Sheets are kept as screens first open, not all at
 * start-up, so the first frame does not wait for screens nobody has asked for yet.
 */
public final class StylesheetKeeper extends Pane {

    public StylesheetKeeper() {
        setId("stylesheet-keeper");
        setVisible(false);
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Keeps the stylesheets {@code screen} brings (call it while the screen is in the scene). */
    public void keepStylesheetsOf(Parent screen) {
        for (String stylesheet : screen.getStylesheets()) {
            if (!getStylesheets().contains(stylesheet)) {
                getStylesheets().add(stylesheet);
            }
        }
    }
}
