package io.debtmeter.ui.shell;

import atlantafx.base.theme.PrimerLight;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.FxTaskExecutor;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The JavaFX application and the window's composition root: services are made here once and
 * handed down. JavaFX instantiates this class itself, hence no constructor arguments.
 */
public final class DebtmeterApp extends Application {

    /** The database file's name inside the per-user data folder. */
    public static final String DEFAULT_DATABASE = "debtmeter.db";

    private final UserDirectories directories = UserDirectories.ofThisMachine();
    private final Texts texts = new Texts(Locale.getDefault());
    private TaskExecutor executor;
    private AssessmentStore store;
    private Stage stage;
    private StartupView startup;
    private Path database;

    /** Opens the window and returns when it is closed. */
    public static void open(String[] args) {
        Application.launch(DebtmeterApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        executor = new FxTaskExecutor();
        database = databaseOption(getParameters().getRaw())
                .orElse(directories.dataFolder().resolve(DEFAULT_DATABASE));
        startup = new StartupView(texts, new StartupView.Choices() {
            @Override
            public void chooseAnotherFile() {
                chooseDatabase();
            }

            @Override
            public void openReadOnly() {
                openDatabase(database, true);
            }

            @Override
            public void quit() {
                Platform.exit();
            }
        });
        stage.setScene(styledScene(startup));
        stage.setTitle("Debtmeter");
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.show();
        openDatabase(database, false);
    }

    /** Opening may migrate and back up the file: off the FX thread, with progress shown meanwhile. */
    private void openDatabase(Path file, boolean readOnly) {
        database = file;
        startup.showOpening(file);
        executor.execute(() -> StoreOpenings.SQLITE.open(file, readOnly), opened -> {
            store = opened;
            RubricCatalog catalog = new RubricCatalog(new RubricLoader(), directories.userRubricsFolder());
            AppServices services = new AppServices(store, catalog, executor, new ScoreCalculator(),
                    Clock.systemDefaultZone(), texts, directories, this::openFolder);
            stage.getScene().setRoot(new MainView(services));
            stage.setTitle("Debtmeter \u2014 " + file.getFileName() + (opened.isReadOnly() ? " (read-only)" : ""));
        }, failure -> startup.showProblem(StoreOpenings.messageOf(failure), StoreOpenings.offersReadOnly(failure)));
    }

    private void chooseDatabase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("startup.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Debtmeter database", "*.db"));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            openDatabase(chosen.toPath(), false);
        }
    }

    private void openFolder(Path folder) {
        folder.toFile().mkdirs();
        getHostServices().showDocument(folder.toUri().toString());
    }

    /** Builds a scene with the theme and our stylesheet; tests use it for any root. */
    public static Scene styledScene(Parent root) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                DebtmeterApp.class.getResource("/io/debtmeter/ui/app.css")).toExternalForm());
        return scene;
    }

    /** The whole main window for given services: what tests drive. */
    public static Scene createScene(AppServices services) {
        return styledScene(new MainView(services));
    }

    /** {@code --db PATH} or {@code --db=PATH}; picocli has already validated the command line. */
    static Optional<Path> databaseOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return Optional.of(Path.of(args.get(i + 1)));
            }
            if (arg.startsWith("--db=")) {
                return Optional.of(Path.of(arg.substring("--db=".length())));
            }
        }
        return Optional.empty();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (store != null) {
            store.close();
        }
    }
}
