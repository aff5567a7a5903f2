package io.debtmeter.ui.connect;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.core.storage.postgres.PostgresOpenException;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The connect dialog's state: the fields of a server address, the password (kept in memory only, for
 * this run), and the connecting itself, off the FX thread. A failure leaves every field as it was and
 * says what went wrong; success hands the open store on and remembers the address, without password,
 * in the settings file so the dialog is filled in next time.
 */
public final class ConnectViewModel {

    /** The settings key of the last address connected to (a {@code postgresql://} address, no password). */
    public static final String LAST_ADDRESS = "connect.lastAddress";

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(PostgresLocation.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty sslMode = new SimpleStringProperty("require");
    private final StringProperty caFile = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offersReadOnly = new ReadOnlyBooleanWrapper();
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final BooleanBinding complete;

    private final TaskExecutor executor;
    private final ServerOpener opener;
    private final Settings settings;
    private final Texts texts;
    private final BiConsumer<AssessmentStore, PostgresLocation> connected;
    private final Function<ServerAddress, Optional<char[]>> storedPassword;

    /**
     * @param connected given the open store and where it is (password included, for this run only),
     *                  on the UI thread; it owns the store from then on
     * @param storedPassword the password {@code PGPASSWORD} or the password file has for an address (with
     *                  its user), used when the password field is left empty; called off the UI thread
     */
    public ConnectViewModel(TaskExecutor executor, ServerOpener opener, Settings settings, Texts texts,
                            BiConsumer<AssessmentStore, PostgresLocation> connected,
                            Function<ServerAddress, Optional<char[]>> storedPassword) {
        this.storedPassword = storedPassword;
        this.executor = executor;
        this.opener = opener;
        this.settings = settings;
        this.texts = texts;
        this.connected = connected;
        complete = Bindings.createBooleanBinding(() -> hostValid() && portValid() && databaseValid() && userValid()
                && caFileValid(), host, port, database, user, sslMode, caFile);
    }

    /** Fills the fields from the last address remembered in the settings, if any. */
    public void fillFromSettings() {
        settings.get(LAST_ADDRESS).flatMap(ConnectViewModel::parsed).ifPresent(address -> fill(address, null));
    }

    /**
     * Fills the fields from an address ({@code --db}, or the one in use); the user from {@code user}
     * when the address names none, and the password when one is known in this run.
     */
    public void fill(ServerAddress address, String fallbackUser) {
        host.set(address.host());
        port.set(String.valueOf(address.port()));
        database.set(address.database());
        user.set(address.user() != null ? address.user() : fallbackUser == null ? "" : fallbackUser);
        sslMode.set(address.sslMode() == null ? "prefer" : address.sslMode());
        caFile.set(address.sslRootCert() == null ? "" : address.sslRootCert());
    }

    /** Fills everything from where the window is connected now, password included (it is this run's). */
    public void fill(PostgresLocation where) {
        fill(ServerAddress.of(where), null);
        char[] known = where.password();
        password.set(new String(known));
        java.util.Arrays.fill(known, '\0');
    }

    private static Optional<ServerAddress> parsed(String text) {
        try {
            return Optional.of(ServerAddress.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Connects read-write (or read-only, for a database a newer version wrote); does nothing while busy or incomplete. */
    public void connect(boolean readOnly) {
        if (busy.get() || !complete.get()) {
            return;
        }
        PostgresLocation typed = location();
        busy.set(true);
        problem.set("");
        offersReadOnly.set(false);
        PostgresLocation[] used = {typed};
        executor.execute(() -> {
            PostgresLocation where = withStoredPassword(typed);
            used[0] = where;
            return opener.open(where, readOnly);
        }, store -> {
            PostgresLocation where = used[0];
            busy.set(false);
            if (closed.get()) {
                store.close();   // the dialog was cancelled while connecting: nobody wants this store
                return;
            }
            remember(where);
            connected.accept(store, where);
        }, failure -> {
            busy.set(false);
            problem.set(messageOf(failure));
            offersReadOnly.set(failure instanceof PostgresOpenException open && open.offersReadOnly());
        });
    }

    /** An empty password field means the one the environment or password file keeps, if any. */
    private PostgresLocation withStoredPassword(PostgresLocation typed) {
        if (typed.password().length > 0) {
            return typed;
        }
        ServerAddress address = ServerAddress.of(typed);
        return storedPassword.apply(address).map(found -> address.location(typed.user(), found)).orElse(typed);
    }

    /** The dialog went away: a connection still under way is closed when it arrives. */
    public void close() {
        closed.set(true);
    }

    private void remember(PostgresLocation where) {
        try {
            settings.put(LAST_ADDRESS, ServerAddress.of(where).toUri());
        } catch (UncheckedIOException e) {
            // Not remembering the address only costs typing it again next time.
        }
    }

    private String messageOf(Throwable failure) {
        if (failure instanceof PostgresOpenException open) {
            return open.message(texts.locale());
        }
        return texts.get("connect.failed", TaskExecutor.messageOf(failure));
    }

    PostgresLocation location() {
        return new PostgresLocation(host.get().trim(), Integer.parseInt(port.get().trim()), database.get().trim(),
                user.get().trim(), password.get().toCharArray(), sslMode.get(), usedCaFile());
    }

    /** The CA file counts only in a mode that checks the server against it; kept in the field for switching back. */
    private String usedCaFile() {
        return ServerAddress.verifiesServer(sslMode.get()) && !caFile.get().isBlank() ? caFile.get().trim() : null;
    }

    public boolean hostValid() {
        String value = host.get().trim();
        return !value.isEmpty() && !value.contains("/") && !value.contains(" ");
    }

    public boolean portValid() {
        try {
            int value = Integer.parseInt(port.get().trim());
            return value > 0 && value <= 65535;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public boolean databaseValid() {
        return !database.get().trim().isEmpty();
    }

    public boolean userValid() {
        return !user.get().trim().isEmpty();
    }

    /** Empty (the driver's default file) or a file that is there and can be read; anything in a mode that does not use it. */
    public boolean caFileValid() {
        String file = usedCaFile();
        return file == null || PostgresLocation.CaFile.at(file) == PostgresLocation.CaFile.READABLE;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The driver's sslmode name: {@code disable}, {@code require}, {@code verify-full} (or another the address gave). */
    public StringProperty sslModeProperty() {
        return sslMode;
    }

    /** The CA certificate file for the verify modes; empty for the driver's default, {@code ~/.postgresql/root.crt}. */
    public StringProperty caFileProperty() {
        return caFile;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** True while connecting. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong with the last try, in the window's language; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The last try found a database a newer Debtmeter wrote: it can still be read. */
    public ReadOnlyBooleanProperty offersReadOnlyProperty() {
        return offersReadOnly.getReadOnlyProperty();
    }

    /** All fields hold something usable. */
    public BooleanBinding completeBinding() {
        return complete;
    }
}
