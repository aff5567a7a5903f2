package io.debtmeter.ui.shell;

import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.storage.DatabaseFiles;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Set-up shared by the tests of the main window on SQLite files: the window as the app makes it, for a
 * Linux user whose home is the test's folder, with work run at once; closed after each test.
 */
abstract class WithAppWindow {

    @TempDir
    Path folder;

    Stage stage;
    AppWindow window;

    /** Call from the test's {@code @Start}: the window on the stage, in {@code language}; folders it opens go to {@code openFolder}. */
    void newWindow(Stage primaryStage, Locale language, Consumer<Path> openFolder) {
        stage = primaryStage;
        window = new AppWindow(stage, new UserDirectories("Linux", Map.of(), folder), new Texts(language),
                new DirectTaskExecutor(), StoreOpener.SQLITE, openFolder);
    }

    /** "future.db" in the test's folder, written by a newer Debtmeter: a file the window must explain and leave alone. */
    Path newerVersionFile() throws Exception {
        Path future = folder.resolve("future.db");
        DatabaseFiles.newerVersionFile(future);
        return future;
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }
}
