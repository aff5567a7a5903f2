package io.debtmeter.testsupport;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.shell.AppServices;
import io.debtmeter.ui.shell.DebtmeterApp;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The main window on a store, built as the app builds it, in English, for tests that click through its screens. */
public final class TestWindows {

    /** The day the window tests live in. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private TestWindows() {
    }

    /** The app's services on {@code store}, with a Linux user whose home (and rubrics, settings) is {@code folder}. */
    public static AppServices services(AssessmentStore store, Path folder, TaskExecutor executor, Settings settings,
                                       Consumer<Path> openFolder) {
        UserDirectories directories = new UserDirectories("Linux", Map.of(), folder);
        return new AppServices(store, new RubricCatalog(new RubricLoader(), directories.userRubricsFolder()), executor,
                new ScoreCalculator(), CLOCK, new Texts(Locale.ENGLISH), directories, openFolder, settings);
    }

    /** Shows the main window's scene on the stage, as the app does. */
    public static Scene show(Stage stage, AppServices services) {
        Scene scene = DebtmeterApp.createScene(services);
        stage.setScene(scene);
        TestStages.show(stage);
        return scene;
    }
}
