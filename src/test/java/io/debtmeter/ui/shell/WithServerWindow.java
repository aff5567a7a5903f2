package io.debtmeter.ui.shell;

import io.debtmeter.core.connect.ServerLogin;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.connect.ServerOpener;
import io.debtmeter.ui.task.FxTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Set-up shared by the tests of the main window on a PostgreSQL server: work runs off the FX thread as
 * in the app, the window is made by the test with the login and server opener it needs, and the window
 * (with its connect dialog, if open) is closed after each test.
 */
abstract class WithServerWindow {

    @TempDir
    Path folder;

    Stage stage;
    FxTaskExecutor executor;
    AppWindow window;

    /** Call first from the test's {@code @Start}. */
    void onStage(Stage primaryStage) {
        stage = primaryStage;
        executor = new FxTaskExecutor();
    }

    /** A window on the stage in {@code language}, for a Linux user whose home is the test's folder. */
    void newWindow(Locale language, ServerOpener opener, ServerLogin login) {
        window = new AppWindow(stage, new UserDirectories("Linux", Map.of(), folder), new Texts(language), executor,
                StoreOpener.SQLITE, opener, login, path -> { });
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (window.connectDialog() != null) {
                window.connectDialog().close();
            }
            window.close();
            TestStages.lightTheme();
        }).get(10, TimeUnit.SECONDS);
        executor.shutdown();
    }
}
