package io.debtmeter.ui.voting;

import javafx.scene.Parent;

/** Style classes of phone voting's parts (voting.css), and the stylesheet each part brings along. */
final class VotingCss {

    static final String CARD = "voting-card";
    static final String TITLE = "voting-title";
    static final String ADDRESS = "voting-address";
    static final String PIN = "voting-pin";
    static final String COUNT = "voting-count";
    static final String STRIP = "voting-strip";
    static final String QR = "voting-qr";
    static final String NOTICE = "voting-notice";

    private static final String STYLESHEET = VotingCss.class.getResource("voting.css").toExternalForm();

    private VotingCss() {
    }

    static void applyTo(Parent part, String styleClass) {
        part.getStylesheets().add(STYLESHEET);
        part.getStyleClass().add(styleClass);
    }
}
