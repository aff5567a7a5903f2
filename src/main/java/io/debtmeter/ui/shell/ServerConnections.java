package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.core.connect.ServerLogin;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.connect.ConnectDialog;
import io.debtmeter.ui.connect.ConnectViewModel;
import io.debtmeter.ui.connect.ServerOpener;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The window's ways to a shared database (issue 24): a {@code --db postgresql://} address with its
 * password looked up, and the connect dialog, filled in with what this run last tried (its password
 * in memory only) or else the remembered address.
 */
final class ServerConnections {

    /** Opens the server's database off the FX thread, "Connecting…" meanwhile. */
    @FunctionalInterface
    interface Connect {
        void connect(PostgresLocation where, boolean readOnly);
    }

    private final Stage stage;
    private final Texts texts;
    private final TaskExecutor executor;
    private final ServerOpener opener;
    private final ServerLogin login;
    private final Settings settings;
    private final Connect connect;
    /** The dialog connected: the window shows its main view on that store. */
    private final BiConsumer<AssessmentStore, PostgresLocation> connected;
    /** No password was found for an address: the start-up page says so, and why. */
    private final Consumer<String> passwordMissing;
    /** The last server database tried or used, password included, to fill the connect dialog in again. */
    private PostgresLocation lastServer;
    /** A {@code --db postgresql://} address with no password found: the connect dialog starts from it. */
    private ServerAddress askedFor;
    private ConnectDialog connectDialog;

    ServerConnections(Stage stage, Texts texts, TaskExecutor executor, ServerOpener opener, ServerLogin login,
                      Settings settings, Connect connect, BiConsumer<AssessmentStore, PostgresLocation> connected,
                      Consumer<String> passwordMissing) {
        this.stage = stage;
        this.texts = texts;
        this.executor = executor;
        this.opener = opener;
        this.login = login;
        this.settings = settings;
        this.connect = connect;
        this.connected = connected;
        this.passwordMissing = passwordMissing;
    }

    /** Opens what a {@code --db postgresql://} address names; without a password, asks for it in the dialog. */
    void open(ServerAddress address) {
        List<ServerLogin.Warning> warnings = new ArrayList<>();
        String user = login.user(address);
        Optional<char[]> password = login.withWarnings(warnings::add).password(address, user);
        if (password.isPresent()) {
            connect.connect(address.location(user, password.get()), false);
            return;
        }
        askedFor = new ServerAddress(address.host(), address.port(), address.database(), user, address.sslMode(),
                address.sslRootCert());
        StringBuilder problem = new StringBuilder(texts.get("startup.server.password", user, address.toString()));
        for (ServerLogin.Warning warning : warnings) {
            problem.append("\n\n").append(warning.kind() == ServerLogin.Warning.Kind.OPEN_TO_OTHERS
                    ? texts.get("startup.server.pgpassOpen", warning.file())
                    : texts.get("startup.server.pgpassUnreadable", warning.file(), warning.detail()));
        }
        passwordMissing.accept(problem.toString());
        showDialog();
    }

    /** The window is opening {@code where}: the dialog starts from it next time. */
    void tried(PostgresLocation where) {
        lastServer = where;
    }

    /** Opens the server's database: blocks, for the window's background executor. */
    AssessmentStore openBlocking(PostgresLocation where, boolean readOnly) throws Exception {
        return opener.open(where, readOnly);
    }

    /** "Connect to a shared database…"; brought to the front if it is open already. */
    void showDialog() {
        if (connectDialog != null && connectDialog.stage().isShowing()) {
            connectDialog.stage().toFront();
            return;
        }
        ConnectDialog[] dialog = new ConnectDialog[1];
        ConnectViewModel model = new ConnectViewModel(executor, opener, settings, texts, (opened, where) -> {
            dialog[0].close();
            lastServer = where;
            askedFor = null;
            connected.accept(opened, where);
        }, address -> login.password(address, address.user()));
        if (lastServer != null) {
            model.fill(lastServer);
        } else if (askedFor != null) {
            model.fill(askedFor, null);
        } else {
            model.fillFromSettings();
        }
        if (model.userProperty().get().isEmpty()) {
            model.userProperty().set(System.getProperty("user.name", ""));
        }
        dialog[0] = new ConnectDialog(stage, model, texts);
        connectDialog = dialog[0];
        dialog[0].show();
    }

    /** The open connect dialog, if any (tests look at it). */
    ConnectDialog dialog() {
        return connectDialog;
    }
}
