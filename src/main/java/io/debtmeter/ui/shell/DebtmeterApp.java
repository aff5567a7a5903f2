package io.debtmeter.ui.shell;

import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.core.platform.PrivateFiles;
import io.debtmeter.core.platform.DisplayLanguage;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.Theme;
import io.debtmeter.ui.common.WindowFonts;
import io.debtmeter.ui.startup.FirstFrameProbe;
import io.debtmeter.ui.startup.StartupErrorOutput;
import io.debtmeter.ui.startup.StartupWarmup;
import io.debtmeter.ui.startup.WindowStartProblems;
import io.debtmeter.ui.task.FxTaskExecutor;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JavaFX application and the window's composition root: services are made here once and
 * handed down. JavaFX instantiates this class itself, hence no constructor arguments.
 */
public final class DebtmeterApp extends Application {

    /** The database file's name inside the per-user data folder. */
    public static final String DEFAULT_DATABASE = "debtmeter.db";

    /**
     * Handed from {@link #open} to {@link #start}: JavaFX makes this class itself, so a static
     * field is the only way in. Null when started some other way (then start opens the file itself).
     */
    private static volatile HeadStart headStart;

    static final String WARMUP_PROPERTY = "debtmeter.warmup";

    private TaskExecutor executor;
    private AppWindow window;

    /** What JavaFX prints while its toolkit starts, held from {@link #open} until {@link #init}. */
    private static volatile StartupErrorOutput startupErrors;

    /**
     * Opens the window and returns when it is closed. The database starts opening at once, on a
     * second thread, while JavaFX starts: see {@link HeadStart}.
     *
     * @throws WindowUnavailableException when this machine cannot show a window (no display, no
     *         GTK 3); JavaFX's own output about it is not shown, the exception's message says it all
     */
    public static void open(String[] args) {
        String osName = System.getProperty("os.name", "");
        Map<String, String> environment = System.getenv();
        WindowStartProblems.beforeLaunch(osName, environment, System.getProperty("glass.platform")).ifPresent(reason -> {
            throw new WindowUnavailableException(reason);
        });
        StartupWarmup.beforeToolkit();
        WindowFonts.loadInBackground();
        UserDirectories directories = UserDirectories.ofThisMachine();
        // A server database is opened by the window, which may have to ask for its password first.
        headStart = serverOption(List.of(args)).isPresent() ? null
                : HeadStart.begin(databaseFile(List.of(args), directories), language(List.of(args), directories));
        StartupErrorOutput errors = StartupErrorOutput.hold();
        startupErrors = errors;
        try {
            Application.launch(DebtmeterApp.class, args);
        } catch (RuntimeException | Error e) {
            Optional<String> reason = WindowStartProblems.explain(e, osName, environment);
            if (reason.isEmpty()) {
                errors.release();
                throw e;
            }
            errors.drop();
            throw new WindowUnavailableException(reason.get(), e);
        }
        errors.release();
    }

    /** {@code --db PATH}, else debtmeter.db in the user's data folder. */
    static Path databaseFile(List<String> args, UserDirectories directories) {
        return databaseOption(args).orElse(directories.dataFolder().resolve(DEFAULT_DATABASE));
    }

    /** Runs on JavaFX's launcher thread once the toolkit is up, before {@link #start}. */
    @Override
    public void init() {
        StartupErrorOutput errors = startupErrors;
        if (errors != null) {
            errors.release();
        }
        StartupWarmup.afterToolkit();
    }

    @Override
    public void start(Stage stage) {
        WindowFonts.load();   // long done by now, loaded while the toolkit started
        UserDirectories directories = UserDirectories.ofThisMachine();
        executor = new FxTaskExecutor();
        Locale language = language(getParameters().getRaw(), directories);
        window = new AppWindow(stage, directories, new Texts(language), executor, StoreOpener.sqlite(language),
                this::openFolder);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        if (FirstFrameProbe.requested()) {
            FirstFrameProbe.install(stage);
        } else {
            // -Ddebtmeter.warmup=false turns it off, to compare or to rule it out (decision 0016).
            window.warmScreensWhenIdle(Boolean.parseBoolean(System.getProperty(WARMUP_PROPERTY, "true")));
        }
        Optional<ServerAddress> server = serverOption(getParameters().getRaw());
        Path file = databaseFile(getParameters().getRaw(), directories);
        HeadStart started = headStart;
        headStart = null;
        if (server.isPresent()) {
            window.open(server.get());
        } else if (started != null && started.file().equals(file)) {
            window.open(started);
        } else {
            window.open(file, false);
        }
        stage.show();
    }

    private void openFolder(Path folder) {
        try {
            // The data folder or rubrics/ may not exist yet; ours are made private (PrivateFiles).
            PrivateFiles.createFolders(folder);
        } catch (IOException e) {
            // The file manager then says what is wrong with the place.
        }
        getHostServices().showDocument(folder.toUri().toString());
    }

    /** Builds a scene with our stylesheet (and the light theme unless one is set); tests use it for any root. */
    public static Scene styledScene(Parent root) {
        WindowFonts.load();
        if (Application.getUserAgentStylesheet() == null) {
            Theme.LIGHT.apply();
        }
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                DebtmeterApp.class.getResource("/io/debtmeter/ui/app.css")).toExternalForm());
        return scene;
    }

    /** The whole main window for given services: what tests drive. */
    public static Scene createScene(AppServices services) {
        return styledScene(new MainView(services));
    }

    /** {@code --db postgresql://…}: a database on a server; picocli has already refused a bad address. */
    static Optional<ServerAddress> serverOption(List<String> args) {
        return databaseValue(args).filter(ServerAddress::namesAServer).map(ServerAddress::parse);
    }

    /** {@code --db PATH} or {@code --db=PATH}, unless it names a server; picocli has already validated the command line. */
    static Optional<Path> databaseOption(List<String> args) {
        return databaseValue(args).filter(value -> !ServerAddress.namesAServer(value)).map(Path::of);
    }

    private static Optional<String> databaseValue(List<String> args) {
        return optionValue(args, "--db");
    }

    /** The value of {@code name VALUE} or {@code name=VALUE}, the first given. */
    private static Optional<String> optionValue(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(name) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith(name + "=")) {
                return Optional.of(arg.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The window's language: {@code --lang}, else the remembered setting, else the system's. Worked out
     * the same way for the head start (whose store speaks it) and for the window.
     */
    static Locale language(List<String> args, UserDirectories directories) {
        DisplayLanguage language = languageOption(args)
                .orElseGet(() -> DisplayLanguage.remembered(Settings.in(directories.dataFolder())));
        return language.locale(Locale.getDefault());
    }

    /** {@code --lang en|ja|system} or {@code --lang=…}; picocli has already refused other values. */
    static Optional<DisplayLanguage> languageOption(List<String> args) {
        return optionValue(args, "--lang").flatMap(DisplayLanguage::ofTag);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (window != null) {
            window.close();
        }
    }
}
