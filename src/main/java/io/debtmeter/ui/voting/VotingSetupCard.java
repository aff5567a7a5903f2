package io.debtmeter.ui.voting;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.voting.NetworkChoice;
import io.debtmeter.core.voting.NetworkChoices;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * Before voting opens: which network the phones will reach the laptop on (the default route's,
 * preselected), whether they need a PIN, and what plain HTTP on that network means.
 */
public final class VotingSetupCard extends VBox {

    private final PhoneVoting voting;
    private final Texts texts;
    private final Runnable onCancel;
    private final ComboBox<NetworkChoice> network = new ComboBox<>();
    private final CheckBox requirePin = new CheckBox();
    private final Button open = new Button();
    private final Button cancel = new Button();
    private final ProgressIndicator starting = new ProgressIndicator();
    private final Label problem = new Label();

    public VotingSetupCard(PhoneVoting voting, Texts texts, Runnable onCancel) {
        this.voting = voting;
        this.texts = texts;
        this.onCancel = onCancel;
        createView();
        initListeners();
    }

    private void createView() {
        setId("voting-setup");
        VotingCss.applyTo(this, VotingCss.CARD);
        setSpacing(12);
        setMaxWidth(560);
        Label title = new Label(texts.get("voting.setup.title"));
        title.getStyleClass().add(VotingCss.TITLE);
        Label intro = wrapped(texts.get("voting.setup.intro"));

        Label networkLabel = new Label(texts.get("voting.setup.network"));
        networkLabel.setLabelFor(network);
        network.setId("voting-network");
        network.setMaxWidth(Double.MAX_VALUE);
        network.setAccessibleText(texts.get("voting.setup.network"));
        network.setConverter(new StringConverter<>() {
            @Override
            public String toString(NetworkChoice choice) {
                return choice == null ? "" : label(choice);
            }

            @Override
            public NetworkChoice fromString(String text) {
                return null;
            }
        });
        requirePin.setId("voting-require-pin");
        requirePin.setText(texts.get("voting.setup.pin"));
        requirePin.setWrapText(true);
        Label http = wrapped(texts.get("voting.setup.http"));
        http.getStyleClass().add(VotingCss.NOTICE);

        problem.setId("voting-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);

        open.setId("voting-open");
        open.setText(texts.get("voting.setup.open"));
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(true);
        open.setDisable(true);
        cancel.setId("voting-cancel");
        cancel.setText(texts.get("voting.setup.cancel"));
        cancel.setCancelButton(true);
        starting.setMaxSize(24, 24);
        starting.setVisible(false);
        starting.setAccessibleText(texts.get("voting.setup.starting"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, starting, spacer, cancel, open);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, intro, networkLabel, network, requirePin, http, problem, buttons);
    }

    private void initListeners() {
        open.setOnAction(event -> {
            NetworkChoice chosen = network.getValue();
            if (chosen != null) {
                voting.open(chosen, requirePin.isSelected());
            }
        });
        cancel.setOnAction(event -> onCancel.run());
        voting.phaseProperty().addListener((obs, old, phase) -> showPhase(phase));
        voting.problemProperty().addListener((obs, old, text) -> showProblem(text));
        voting.findNetworks(this::showNetworks);
    }

    private void showNetworks(List<NetworkChoice> choices) {
        if (choices.isEmpty()) {
            showProblem(texts.get("voting.setup.noNetwork"));
            return;
        }
        network.getItems().setAll(choices);
        network.setValue(NetworkChoices.preferred(choices));
        open.setDisable(false);
    }

    private void showPhase(PhoneVoting.Phase phase) {
        boolean busy = phase == PhoneVoting.Phase.STARTING;
        starting.setVisible(busy);
        open.setDisable(busy || network.getValue() == null);
        network.setDisable(busy);
        requirePin.setDisable(busy);
    }

    private void showProblem(String text) {
        problem.setText(text.isEmpty() ? "" : texts.get("voting.setup.failed", text));
        problem.setVisible(!text.isEmpty());
    }

    private String label(NetworkChoice choice) {
        if (choice.loopback()) {
            return texts.get("voting.network.loopback", choice.host());
        }
        return texts.get(choice.defaultRoute() ? "voting.network.default" : "voting.network.other",
                choice.interfaceName(), choice.host());
    }

    /** Puts the keyboard on the Open button, so Enter opens voting at once. */
    public void focusOpen() {
        open.requestFocus();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
