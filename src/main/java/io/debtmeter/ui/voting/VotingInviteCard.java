package io.debtmeter.ui.voting;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The projector card: a large QR code, the address in letters large enough to type from the back of
 * the room, the PIN when one is required, and how many phones have joined. Closing the card keeps
 * voting open; "Stop voting" closes the server.
 */
public final class VotingInviteCard extends HBox {

    private final PhoneVoting voting;
    private final Texts texts;
    private final Runnable onDone;
    private final QrView qr = new QrView();
    private final Label address = new Label();
    private final Label pin = new Label();
    private final Label connected = new Label();
    private final Button done = new Button();
    private final Button stop = new Button();

    public VotingInviteCard(PhoneVoting voting, Texts texts, Runnable onDone) {
        this.voting = voting;
        this.texts = texts;
        this.onDone = onDone;
        createView();
        initListeners();
    }

    private void createView() {
        setId("voting-invite");
        VotingCss.applyTo(this, VotingCss.CARD);
        setSpacing(28);
        setAlignment(Pos.CENTER_LEFT);
        qr.setId("voting-qr");
        qr.getStyleClass().add(VotingCss.QR);
        qr.setAccessibleText(texts.get("voting.invite.qr"));
        qr.setPrefSize(420, 420);

        Label title = new Label(texts.get("voting.invite.title"));
        title.getStyleClass().add(VotingCss.TITLE);
        title.setWrapText(true);
        Label scan = new Label(texts.get("voting.invite.scan"));
        scan.setWrapText(true);
        Label hidden = new Label(texts.get("voting.invite.hidden"));
        hidden.setWrapText(true);
        hidden.getStyleClass().add(VotingCss.NOTICE);
        address.setId("voting-address");
        address.getStyleClass().add(VotingCss.ADDRESS);
        address.setWrapText(true);
        address.setMinHeight(Region.USE_PREF_SIZE);
        pin.setId("voting-pin");
        pin.getStyleClass().add(VotingCss.PIN);
        pin.managedProperty().bind(pin.visibleProperty());
        connected.setId("voting-connected");
        connected.getStyleClass().add(VotingCss.COUNT);
        done.setId("voting-invite-done");
        done.setText(texts.get("voting.invite.done"));
        done.getStyleClass().add(Styles.ACCENT);
        done.setDefaultButton(true);
        stop.setId("voting-invite-stop");
        stop.setText(texts.get("voting.stop"));
        stop.getStyleClass().add(Styles.DANGER);
        HBox buttons = new HBox(10, done, stop);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox text = new VBox(12, title, scan, address, pin, connected, hidden, grow, buttons);
        text.setMinWidth(320);
        text.setPrefWidth(420);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(qr, text);
    }

    private void initListeners() {
        done.setOnAction(event -> onDone.run());
        stop.setOnAction(event -> {
            voting.close();
            onDone.run();
        });
        qr.show(voting.qrCodeProperty().get());
        voting.qrCodeProperty().addListener((obs, old, code) -> qr.show(code));
        address.textProperty().bind(voting.addressProperty());
        pin.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("voting.invite.pin", voting.pinProperty().get()), voting.pinProperty()));
        pin.visibleProperty().bind(voting.pinProperty().isNotEmpty());
        connected.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("voting.connected", voting.connectedProperty().get()), voting.connectedProperty()));
    }

    public void focusDone() {
        done.requestFocus();
    }
}
