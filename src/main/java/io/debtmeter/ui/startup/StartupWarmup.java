package io.debtmeter.ui.startup;

import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.WindowFonts;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Start-up work taken off the path to the first frame and done on a second thread meanwhile
 * (measured with async-profiler, docs/benchmarks.md):
 * <ul>
 *   <li>Java logging. JavaFX, started from the class path as we do (decision 0009), logs one
 *   warning, "Unsupported JavaFX configuration", before its toolkit starts; finding the logger and
 *   printing the message took about 75 ms of the thread that starts the toolkit. That one message
 *   is now filtered out: it only says JavaFX is not on the module path, which we chose, and it
 *   printed a "WARNING" in the terminal of everyone who started the app from one. Every other
 *   JavaFX message is still logged.</li>
 *   <li>The icon font. The first icon loads Ikonli's font (about 45 ms), which the FX thread would
 *   otherwise do while building the window.</li>
 * </ul>
 * Nothing here is needed for correctness: if the FX thread gets there first, it does the work itself
 * (class initialisation makes the other thread wait, never run it twice).
 */
public final class StartupWarmup {

    /** The message JavaFX logs when its classes come from the class path (PlatformImpl.startup). */
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    /** Held so the filter stays: java.util.logging keeps loggers only weakly. */
    private static volatile Logger javafxLogger;

    private StartupWarmup() {
    }

    /**
     * Call first thing, before JavaFX starts. The filter is set on this thread, so it is surely in
     * place before JavaFX logs (a second thread lost that race in every start measured); the rest of
     * JavaFX's way into logging is warmed on a second thread.
     */
    public static void beforeToolkit() {
        quietClassPathWarning();
        start("debtmeter-warmup-logging", () -> System.getLogger("javafx"));
    }

    /** Call once the toolkit runs (Application.init), before the window is built. */
    public static void afterToolkit() {
        start("debtmeter-warmup-icons", () -> {
            WindowFonts.load();       // an icon is text: none may be laid out before our fonts are in
            AppIcon.BACK.create();    // Material2AL
            AppIcon.TEAMS.create();   // Material2MZ
        });
    }

    private static void quietClassPathWarning() {
        Logger logger = Logger.getLogger("javafx");
        logger.setFilter(classPathWarningDropped(logger.getFilter()));
        javafxLogger = logger;
    }

    /** Drops only the class-path warning; any other record goes on to {@code next} (or through). */
    static Filter classPathWarningDropped(Filter next) {
        return record -> {
            String message = record.getMessage();
            if (message != null && message.startsWith(CLASS_PATH_WARNING)) {
                return false;
            }
            return next == null || next.isLoggable(record);
        };
    }

    private static void start(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError ignored) {
                // A warm-up that fails costs nothing: the FX thread does the same work when it needs it.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
