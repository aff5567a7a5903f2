package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.core.connect.ServerLogin;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.storage.DatabaseRestore;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.Theme;
import io.debtmeter.ui.common.UnsavedWork;
import io.debtmeter.ui.connect.ConnectDialog;
import io.debtmeter.ui.connect.ServerOpener;
import io.debtmeter.ui.teams.TeamsViewModel;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The main window's life: it shows progress while the database opens, the problem and the ways on
 * when it cannot be used, and the main view once it is open. Tests drive it on their own stage.
 */
public final class AppWindow {

    private final Stage stage;
    private final UserDirectories directories;
    private final Texts texts;
    private final TaskExecutor executor;
    private final StoreOpener opener;
    private final Consumer<Path> openFolder;
    /** "Opening…" and start-up problems; built when first needed. */
    private StartupView startup;
    private final Settings settings;
    private final WindowPlacement placement;
    private AssessmentStore store;
    private Path database;
    private boolean windowClosed;
    private boolean warmScreens;
    private final ServerConnections servers;
    /** The server database in use or being opened; null for a file. Holds this run's password, in memory only. */
    private PostgresLocation server;

    public AppWindow(Stage stage, UserDirectories directories, Texts texts, TaskExecutor executor,
                     StoreOpener opener, Consumer<Path> openFolder) {
        this(stage, directories, texts, executor, opener, ServerOpener.postgres(texts.locale()),
                new ServerLogin(System.getenv(), warning -> { }), openFolder);
    }

    /**
     * @param serverOpener opens a database on a PostgreSQL server
     * @param login        finds a server password in {@code PGPASSWORD} or the password file
     */
    public AppWindow(Stage stage, UserDirectories directories, Texts texts, TaskExecutor executor,
                     StoreOpener opener, ServerOpener serverOpener, ServerLogin login, Consumer<Path> openFolder) {
        this.stage = stage;
        this.directories = directories;
        this.texts = texts;
        this.executor = executor;
        this.opener = opener;
        this.openFolder = openFolder;
        this.settings = Settings.in(directories.dataFolder());
        this.servers = new ServerConnections(stage, texts, executor, serverOpener, login, settings, this::connect,
                (opened, where) -> {
                    database = null;
                    server = where;
                    showMain(opened);
                }, problem -> {
                    database = null;
                    server = null;
                    showStartup().showProblem(problem, false, false, true);
                });
        Theme.remembered(settings).apply();
        // An empty root until the first screen is known: usually the main view, which a finished
        // head start shows at once, so the "Opening…" view need not even be built.
        stage.setScene(DebtmeterApp.styledScene(new StackPane()));
        stage.setTitle("Debtmeter");
        stage.getIcons().setAll(WindowIcons.all());
        stage.setOnCloseRequest(this::beforeClosing);
        placement = new WindowPlacement(settings, WindowPlacement::presentScreens);
        placement.restoreAndTrack(stage);
    }

    /** Shows the start-up view (built on first use) as the window's root, and returns it. */
    private StartupView showStartup() {
        if (startup == null) {
            startup = new StartupView(texts, new StartupView.Choices(this::chooseDatabase, this::openReadOnlyAgain,
                    this::restoreBackup, Platform::exit, this::showConnectDialog));
        }
        stage.getScene().setRoot(startup);
        return startup;
    }

    /** "Open read-only" on the start-up page: what failed to open, again, so that nothing is written. */
    private void openReadOnlyAgain() {
        if (server != null) {
            connect(server, true);
        } else {
            open(database, true);
        }
    }

    /** Opening may migrate and back up the file: off the FX thread, with progress shown meanwhile. */
    public void open(Path file, boolean readOnly) {
        database = file;
        server = null;
        showStartup().showOpening(file);
        executor.execute(() -> opener.open(file, readOnly), this::showMain, this::showOpenFailure);
    }

    private void showOpenFailure(Throwable failure) {
        showStartup().showProblem(StoreFailures.messageOf(failure, texts.locale()), StoreFailures.offersReadOnly(failure),
                StoreFailures.offersRestore(failure), server != null);
    }

    /**
     * Opens the database a {@code --db postgresql://} address names, with the password from
     * {@code PGPASSWORD} or the password file; without one, the connect dialog asks for it,
     * filled in with the address.
     */
    public void open(ServerAddress address) {
        servers.open(address);
    }

    /** Opens a database on a server off the FX thread, "Connecting…" meanwhile; a failure is explained as for a file. */
    public void connect(PostgresLocation where, boolean readOnly) {
        database = null;
        server = where;
        servers.tried(where);
        showStartup().showConnecting(where.describe());
        executor.execute(() -> servers.openBlocking(where, readOnly), this::showMain, this::showOpenFailure);
    }

    /** "Connect to a shared database…": filled in with the last server (this run's password too), else the remembered address. */
    public void showConnectDialog() {
        servers.showDialog();
    }

    /** The open connect dialog, if any (tests look at it). */
    ConnectDialog connectDialog() {
        return servers.dialog();
    }

    /**
     * The check of the whole file runs in the background after the open (a second on a large file;
     * writes wait for it). When it finds damage, the main view gives way to the problem, with the
     * newest backup offered. A read-only view stays: it writes nothing, and shows what can be read.
     */
    private void watchForDamage(AssessmentStore opened) {
        if (opened.isReadOnly()) {
            return;
        }
        Thread.ofVirtual().name("debtmeter-damage-watch").start(() -> opened.damage().ifPresent(damage ->
                Platform.runLater(() -> {
                    if (store == opened && !windowClosed) {
                        stopWarmup();
                        store = null;
                        opened.close();
                        showStartup().showProblem(damage, true, database != null && StoreFailures.hasBackup(database),
                                server != null);
                    }
                })));
    }

    /** Puts the newest backup in place of the damaged file (kept aside, never deleted), then opens it. */
    private void restoreBackup() {
        Path file = database;
        if (store != null) {
            stopWarmup();
            store.close();
            store = null;
        }
        showStartup().showOpening(file);
        executor.execute(() -> {
            DatabaseRestore restore = new DatabaseRestore(Clock.systemUTC());
            return restore.restore(file, restore.backupsOf(file).get(0));
        }, restored -> open(file, false),
                failure -> showStartup().showProblem(StoreFailures.messageOf(failure, texts.locale()), false, false));
    }

    /**
     * Opens the file a {@link HeadStart} began opening before the window existed: straight to the
     * main view when it has finished, else "Opening…" until it does. A failure is explained as
     * for {@link #open(Path, boolean)}.
     */
    public void open(HeadStart headStart) {
        database = headStart.file();
        if (!headStart.isDone()) {
            showStartup().showOpening(database);
        }
        headStart.whenDone((opened, failure) -> {
            if (Platform.isFxApplicationThread()) {
                headStartDone(headStart, opened, failure);
            } else {
                Platform.runLater(() -> headStartDone(headStart, opened, failure));
            }
        });
    }

    private void headStartDone(HeadStart headStart, HeadStart.Opened opened, Throwable failure) {
        if (windowClosed || !headStart.file().equals(database)) {
            // The window closed, or the user chose another file meanwhile: this store is unwanted.
            if (opened != null) {
                opened.store().close();
            }
        } else if (failure != null) {
            showOpenFailure(failure);
        } else {
            showMain(opened.store(), opened.opening());
        }
    }

    /**
     * Whether the main view warms the screens a user opens next while the window sits idle
     * ({@link MainView#warmScreensWhenIdle()}). Off unless asked for: the desktop app asks; tests,
     * which open screens themselves, do not.
     */
    public void warmScreensWhenIdle(boolean warm) {
        this.warmScreens = warm;
    }

    /** The store in use, once open; closed by {@link #close()}. */
    public AssessmentStore store() {
        return store;
    }

    public void close() {
        if (!windowClosed) {
            placement.saveAndStop(stage);
        }
        windowClosed = true;
        stopWarmup();
        if (store != null) {
            store.close();
            store = null;
        }
    }

    private void showMain(AssessmentStore opened) {
        showMain(opened, null);
    }

    /** {@code opening}: what the Teams screen shows, read with the store; or null to read it now. */
    private void showMain(AssessmentStore opened, TeamsViewModel.Opening opening) {
        stopWarmup();
        if (store != null) {
            store.close();
        }
        store = opened;
        RubricCatalog catalog = new RubricCatalog(new RubricLoader(texts.locale()), directories.userRubricsFolder());
        AppServices services = new AppServices(opened, catalog, executor, new ScoreCalculator(),
                Clock.systemDefaultZone(), texts, directories, openFolder, settings);
        MainView main = new MainView(services, opening, new MainView.DatabaseSwitch(this::showConnectDialog,
                this::chooseDatabase));
        stage.getScene().setRoot(main);
        if (warmScreens) {
            main.warmScreensWhenIdle();
        }
        watchForDamage(opened);
        String where = database != null ? database.getFileName().toString() : texts.get("app.shared", server.user(),
                server.host(), String.valueOf(server.port()), server.database(), server.sslMode());
        if (server != null) {
            main.showConnection(where + (opened.isReadOnly() ? " " + texts.get("app.readOnly") : ""));
        }
        stage.setTitle("Debtmeter \u2014 " + where + (opened.isReadOnly() ? " " + texts.get("app.readOnly") : ""));
    }

    private void stopWarmup() {
        if (stage.getScene().getRoot() instanceof MainView main) {
            main.stopWarmup();
        }
    }

    /**
     * A screen holding changes the store has not taken (a shared database that went away) is asked
     * first: the window closes only when the person chose what becomes of them.
     */
    private void beforeClosing(WindowEvent request) {
        if (stage.getScene().getRoot() instanceof MainView main && main.currentScreen() instanceof UnsavedWork work
                && work.hasUnsavedWork()) {
            request.consume();
            work.offerBeforeClosing(stage, stage::close);
        }
    }

    private void chooseDatabase() {
        WindowIcons.chooseDatabaseFile(stage, texts).ifPresent(file -> open(file, false));
    }
}
