package io.debtmeter.ui.compare;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.AppCss;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** A section of the comparison page: framed as a panel, with its heading in capitals first. */
abstract class ComparePanel extends VBox {

    ComparePanel(String id, String title) {
        setId(id);
        getStyleClass().addAll(AppCss.FRAMED_CARD, CompareCss.SCREEN.panel());
        Label heading = CompareCss.SCREEN.panelTitle(title.toUpperCase(Locale.ROOT));
        getChildren().add(heading);
    }

    /** The muted words under the heading that say how to read the panel. */
    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return hint;
    }
}
