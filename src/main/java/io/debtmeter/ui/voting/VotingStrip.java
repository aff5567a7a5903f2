package io.debtmeter.ui.voting;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.voting.Tally;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Phone voting's status on the votes tab while it is open: "5 of 7 voted" and no values until the
 * facilitator reveals (button or R); then the votes land in the rows below like typed ones, with the
 * first names people chose to give. "Vote again" starts a new round on the item.
 */
public final class VotingStrip extends VBox {

    private final PhoneVoting voting;
    private final Texts texts;
    private final Runnable showInvite;
    private final Label progress = new Label();
    private final Label connected = new Label();
    private final Label names = new Label();
    private final Button reveal = new Button();
    private final Button again = new Button();
    private final Button qr = new Button();
    private final Button stop = new Button();

    public VotingStrip(PhoneVoting voting, Texts texts, Runnable showInvite) {
        this.voting = voting;
        this.texts = texts;
        this.showInvite = showInvite;
        createView();
        initListeners();
    }

    private void createView() {
        setId("voting-strip");
        VotingCss.applyTo(this, VotingCss.STRIP);
        setSpacing(6);
        progress.setId("voting-progress");
        progress.getStyleClass().add(VotingCss.COUNT);
        progress.setWrapText(true);
        connected.setId("voting-strip-connected");
        connected.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        connected.setWrapText(true);
        names.setId("voting-names");
        names.getStyleClass().add(Styles.TEXT_SMALL);
        names.setWrapText(true);
        names.managedProperty().bind(names.visibleProperty());
        reveal.setId("voting-reveal");
        reveal.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL);
        reveal.setText(texts.get("voting.reveal"));
        reveal.setAccessibleText(texts.get("voting.reveal.accessible"));
        again.setId("voting-again");
        again.setText(texts.get("voting.again"));
        again.getStyleClass().add(Styles.SMALL);
        qr.setId("voting-show-qr");
        qr.setText(texts.get("voting.showQr"));
        qr.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        stop.setId("voting-stop");
        stop.setText(texts.get("voting.stop"));
        stop.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.DANGER);
        for (Button button : List.of(reveal, again, qr, stop)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setFocusTraversable(true);
        }
        FlowPane buttons = new FlowPane(6, 6, reveal, again, qr, stop);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(progress, connected, names, buttons);
    }

    private void initListeners() {
        reveal.setOnAction(event -> voting.reveal());
        again.setOnAction(event -> voting.voteAgain());
        qr.setOnAction(event -> showInvite.run());
        stop.setOnAction(event -> voting.close());
        voting.votedProperty().addListener((obs, old, count) -> update());
        voting.connectedProperty().addListener((obs, old, count) -> update());
        voting.revealedProperty().addListener((obs, old, revealed) -> update());
        voting.tallyProperty().addListener((obs, old, tally) -> update());
        voting.pinProperty().addListener((obs, old, pin) -> update());
        update();
    }

    private void update() {
        int voted = voting.votedProperty().get();
        int phones = voting.connectedProperty().get();
        boolean revealed = voting.revealedProperty().get();
        progress.setText(revealed ? texts.get("voting.revealed", voted)
                : voted == 0 && phones == 0 ? texts.get("voting.waiting")
                : texts.get("voting.progress", voted, Math.max(voted, phones)));
        String pin = voting.pinProperty().get();
        connected.setText(texts.get("voting.connected", phones)
                + (pin.isEmpty() ? "" : " \u00b7 " + texts.get("voting.invite.pin", pin)));
        Tally tally = voting.tallyProperty().get();
        String given = tally == null ? "" : namesOf(tally.names());
        names.setText(given.isEmpty() ? "" : texts.get("voting.names", given));
        names.setVisible(!given.isEmpty());
        reveal.setDisable(revealed || voted == 0);
        again.setDisable(voted == 0 && !revealed);
    }

    /** "Aiko, Ben: 2 · Chen: 3": who chose what, for those who gave a name. */
    private static String namesOf(Map<String, List<String>> byChoice) {
        return byChoice.entrySet().stream()
                .map(entry -> String.join(", ", entry.getValue()) + ": " + entry.getKey())
                .collect(Collectors.joining(" \u00b7 "));
    }
}
