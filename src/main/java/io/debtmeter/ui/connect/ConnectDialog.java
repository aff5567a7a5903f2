package io.debtmeter.ui.connect;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "Connect to a shared database": host, port, database, user, password and TLS mode, each TLS mode
 * with one line saying what it means, and for verify-full the CA certificate ({@link CaFileRow}).
 * Connecting runs off the FX thread ({@link ConnectViewModel}) with progress shown, so the window
 * never freezes; a failure is said here, the fields kept.
 * A window of its own rather than a {@code Dialog}, whose buttons close it before the connection is known.
 */
public final class ConnectDialog {

    private final ConnectViewModel model;
    private final Texts texts;
    private final Stage stage = new Stage();
    private final ToggleGroup tlsModes = new ToggleGroup();
    private final ValidationSupport validation = new ValidationSupport();

    public ConnectDialog(Window owner, ConnectViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.get("connect.title"));
        Scene scene = new Scene(createView());
        scene.getStylesheets().add(Objects.requireNonNull(
                ConnectDialog.class.getResource("/io/debtmeter/ui/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setResizable(false);
        stage.setOnHidden(event -> model.close());
        // A problem (often two or three lines), the read-only offer or the CA row makes the dialog taller, never cut.
        model.problemProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(stage::sizeToScene));
        model.sslModeProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(stage::sizeToScene));
    }

    public void show() {
        stage.show();
    }

    /** Closes the dialog (after a connection, or by Cancel); a connection still under way is closed when it arrives. */
    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    private VBox createView() {
        Label heading = new Label(texts.get("connect.heading"), AppIcon.SHARED_DATABASE.create(24));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(texts.get("connect.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);

        TextField host = field("connect-host", model.hostProperty());
        TextField port = field("connect-port", model.portProperty());
        port.setPrefColumnCount(5);
        TextField database = field("connect-database", model.databaseProperty());
        TextField user = field("connect-user", model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label passwordHint = muted(texts.get("connect.password.hint"));
        passwordHint.setGraphic(AppIcon.LOCK.create());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        HBox hostRow = new HBox(10, host, label("connect.port", port), port);
        hostRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(host, Priority.ALWAYS);
        grid.addRow(0, label("connect.host", host), hostRow);
        grid.addRow(1, label("connect.database", database), database);
        grid.addRow(2, label("connect.user", user), user);
        grid.addRow(3, label("connect.password", password), password);
        grid.add(passwordHint, 1, 4);

        VBox tls = tlsChoices();
        Label tlsLabel = new Label(texts.get("connect.tls"));
        tlsLabel.setLabelFor(tls);
        GridPane.setValignment(tlsLabel, javafx.geometry.VPos.TOP);
        grid.addRow(5, tlsLabel, tls);
        CaFileRow caFile = new CaFileRow(model, texts);
        // The labels' column is as wide with the CA row hidden as shown: choosing verify-full moves no field.
        labels.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> caFile.label().prefWidth(-1), caFile.label().fontProperty(), caFile.label().skinProperty()));
        grid.addRow(6, caFile.label(), caFile.fieldAndButton());

        Label problem = new Label();
        problem.setId("connect-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.Node problemIcon = AppIcon.ERROR.create();
        problemIcon.getStyleClass().add(Styles.DANGER);
        // The icon beside the first line of a message two or three lines long.
        HBox problemRow = new HBox(8, problemIcon, problem);
        problemRow.setAlignment(Pos.TOP_LEFT);
        problemRow.setPadding(new Insets(2, 0, 0, 0));
        HBox.setHgrow(problem, Priority.ALWAYS);
        problemRow.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemRow.managedProperty().bind(problemRow.visibleProperty());

        VBox view = new VBox(14, heading, intro, grid, problemRow, buttons());
        view.setId("connect-dialog");
        view.getStyleClass().add("connect-dialog");
        view.setPadding(new Insets(20, 24, 20, 24));
        view.setPrefWidth(600);
        grid.disableProperty().bind(model.busyProperty());
        validation.setValidationDecorator(new GraphicValidationDecoration());
        validate(host, "connect.invalid.host", model::hostValid);
        validate(port, "connect.invalid.port", model::portValid);
        validate(database, "connect.invalid.database", model::databaseValid);
        validate(user, "connect.invalid.user", model::userValid);
        validate(caFile.field(), "connect.invalid.caFile", model::caFileValid);
        // Whether the CA file counts depends on the TLS mode too, not only on what the field holds.
        model.sslModeProperty().addListener((obs, old, now) -> validation.revalidate(caFile.field()));
        return view;
    }

    private VBox tlsChoices() {
        List<String> modes = new ArrayList<>(ServerAddress.OFFERED_SSL_MODES);
        String given = model.sslModeProperty().get();
        if (!modes.contains(given)) {
            modes.add(given);   // another mode an address asked for: shown, never changed silently
        }
        VBox choices = new VBox(2);
        for (String mode : modes) {
            RadioButton choice = new RadioButton(mode);
            choice.setId("connect-tls-" + mode);
            choice.setUserData(mode);
            choice.setToggleGroup(tlsModes);
            choice.setSelected(mode.equals(given));
            String hintKey = "connect.tls." + mode;
            Label hint = muted(ServerAddress.OFFERED_SSL_MODES.contains(mode) ? texts.get(hintKey)
                    : texts.get("connect.tls.other"));
            hint.setPadding(new Insets(0, 0, 6, 26));
            choices.getChildren().addAll(choice, hint);
        }
        tlsModes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.sslModeProperty().set((String) now.getUserData());
            }
        });
        return choices;
    }

    private HBox buttons() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("connect-progress");
        progress.setPrefSize(22, 22);
        Label connecting = new Label(texts.get("connect.connecting"), progress);
        connecting.setId("connect-busy");
        connecting.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button readOnly = new Button(texts.get("connect.readOnly"));
        readOnly.setId("connect-read-only");
        readOnly.visibleProperty().bind(model.offersReadOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        readOnly.disableProperty().bind(model.busyProperty());
        readOnly.setOnAction(event -> model.connect(true));
        Button cancel = new Button(texts.get("connect.cancel"));
        cancel.setId("connect-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close());
        Button connect = new Button(texts.get("connect.connect"));
        connect.setId("connect-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.busyProperty().or(model.completeBinding().not()));
        connect.setOnAction(event -> model.connect(false));
        for (Button button : List.of(readOnly, cancel, connect)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(10, connecting, spacer, readOnly, cancel, connect);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Label label(String key, javafx.scene.Node field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setAccessibleText(texts.get(key));
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A field the connection cannot use, once edited, gets ControlsFX's error mark, its tooltip saying what is wanted, and
     * the theme's danger outline. The model decides (the same rule keeps Connect off); ControlsFX shows it.
     */
    private void validate(TextField field, String key, java.util.function.BooleanSupplier valid) {
        // An empty new dialog is not a mistake: a field is judged once the user has changed it, or when it was
        // filled in (a remembered CA file that has gone since is marked at once).
        boolean[] edited = {!field.getText().isEmpty()};
        field.textProperty().addListener((obs, old, now) -> edited[0] = true);
        validation.registerValidator(field, false, (javafx.scene.control.Control control, String text) -> {
            boolean wrong = edited[0] && !valid.getAsBoolean();
            field.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
            return ValidationResult.fromErrorIf(control, texts.get(key), wrong);
        });
    }
}
