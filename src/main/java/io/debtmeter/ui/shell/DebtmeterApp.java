package io.debtmeter.ui.shell;

import atlantafx.base.theme.PrimerLight;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.FxTaskExecutor;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.Objects;

/**
 * The JavaFX application and the window's composition root: services are made here once and
 * handed down. JavaFX instantiates this class itself, hence no constructor arguments.
 */
public final class DebtmeterApp extends Application {

    private TaskExecutor executor;

    /** Opens the window and returns when it is closed. */
    public static void open(String[] args) {
        Application.launch(DebtmeterApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        RubricCatalog catalog = new RubricCatalog(new RubricLoader(), UserDirectories.ofThisMachine().userRubricsFolder());
        stage.setScene(createScene(catalog, executor, new Texts(Locale.getDefault())));
        stage.setTitle("Debtmeter");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }

    /** Builds the whole scene; tests call this with their own catalog and a synchronous executor. */
    public static Scene createScene(RubricCatalog catalog, TaskExecutor executor, Texts texts) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new MainView(catalog, executor, texts), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(DebtmeterApp.class.getResource("/io/debtmeter/ui/app.css")).toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
