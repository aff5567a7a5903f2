package io.debtmeter.ui.startup;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why the window cannot open, in one line a user can act on, instead of JavaFX's stack trace.
 * Linux only: there JavaFX needs an X display (its GTK 3 glass runs on X11, under Wayland through
 * XWayland) and GTK 3, which it loads at run time. What JavaFX 26 throws, as seen here:
 * <ul>
 *   <li>no display, or an X server that refuses: {@code UnsupportedOperationException: Unable to
 *   open DISPLAY} (it tries the display before it loads GTK);</li>
 *   <li>a display but no GTK 3: {@code UnsupportedOperationException: Unable to load glass GTK
 *   library.};</li>
 *   <li>no libX11 (a bare server): {@code UnsatisfiedLinkError} for libglass, inside a
 *   {@code RuntimeException}.</li>
 * </ul>
 * Anything else is not explained here and stays a failure with its stack trace.
 */
public final class WindowStartProblems {

    static final String PREFIX = "cannot open the window: ";
    static final String NO_DISPLAY = PREFIX + "no display (DISPLAY is not set)."
            + " Start it in a desktop session; the commands work without one: debtmeter --help";
    static final String DISPLAY_UNREACHABLE = PREFIX + "no display (nothing answers at DISPLAY=%s)."
            + " Start it in a desktop session; the commands work without one: debtmeter --help";
    static final String WAYLAND_WITHOUT_X = PREFIX + "no X display (DISPLAY is not set; under Wayland the window"
            + " needs XWayland). The commands work without one: debtmeter --help";
    static final String NO_GTK = PREFIX + "GTK 3 is not installed (on Debian/Ubuntu: sudo apt install libgtk-3-0)."
            + " The commands work without it: debtmeter --help";
    static final String NO_GRAPHICS_LIBRARIES = PREFIX + "its graphics libraries cannot be loaded (X11 or GTK 3 is"
            + " missing; on Debian/Ubuntu: sudo apt install libgtk-3-0). The commands work without them: debtmeter --help";

    private static final String JAVAFX_NO_DISPLAY = "Unable to open DISPLAY";
    private static final String JAVAFX_NO_GTK = "Unable to load glass GTK library";

    private WindowStartProblems() {
    }

    /**
     * The cheap check before JavaFX starts (and before the database is opened for a window that
     * will never show): on Linux with JavaFX's GTK platform, some display must be named.
     *
     * @param glassPlatform the {@code glass.platform} property: tests run JavaFX's headless one
     */
    public static Optional<String> beforeLaunch(String osName, Map<String, String> environment, String glassPlatform) {
        boolean gtk = glassPlatform == null || glassPlatform.equalsIgnoreCase("gtk");
        if (isLinux(osName) && gtk && !isSet(environment.get("DISPLAY")) && !isSet(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.of(NO_DISPLAY);
        }
        return Optional.empty();
    }

    /** What {@code Application.launch} threw, explained; empty if it is not a missing display or library. */
    public static Optional<String> explain(Throwable failure, String osName, Map<String, String> environment) {
        if (!isLinux(osName)) {
            return Optional.empty();
        }
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof UnsupportedOperationException && message.startsWith(JAVAFX_NO_DISPLAY)) {
                String display = environment.get("DISPLAY");
                return Optional.of(isSet(display) ? DISPLAY_UNREACHABLE.formatted(display)
                        : isSet(environment.get("WAYLAND_DISPLAY")) ? WAYLAND_WITHOUT_X : NO_DISPLAY);
            }
            if (t instanceof UnsupportedOperationException && message.startsWith(JAVAFX_NO_GTK)) {
                return Optional.of(NO_GTK);
            }
            if (t instanceof UnsatisfiedLinkError) {
                return Optional.of(NO_GRAPHICS_LIBRARIES);
            }
        }
        return Optional.empty();
    }

    private static boolean isLinux(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("linux");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
