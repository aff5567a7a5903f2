package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.TaskExecutor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The services the window's screens are built from, made once by {@link DebtmeterApp}
 * (or by a test with a temp database and a synchronous executor) and handed down.
 *
 * @param openFolder shows a folder in the system file manager
 * @param settings   the user's remembered preferences (the theme)
 */
public record AppServices(
        AssessmentStore store,
        RubricCatalog catalog,
        TaskExecutor executor,
        ScoreCalculator calculator,
        Clock clock,
        Texts texts,
        UserDirectories directories,
        Consumer<Path> openFolder,
        Settings settings) {
}
