package io.debtmeter.ui.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each way the window fails to start on Linux, as JavaFX 26 reports it, turned into one line. */
class WindowStartProblemsTest {

    private static final Map<String, String> NOTHING = Map.of();
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":98");
    private static final Map<String, String> WAYLAND_ONLY = Map.of("WAYLAND_DISPLAY", "wayland-0");

    @Test
    void withNoDisplayNamedOnLinuxJavaFxIsNotEvenStarted() {
        assertThat(WindowStartProblems.beforeLaunch("Linux", NOTHING, null)).contains(
                "cannot open the window: no display (DISPLAY is not set). Start it in a desktop session;"
                        + " the commands work without one: debtmeter --help");
        assertThat(WindowStartProblems.beforeLaunch("Linux", Map.of("DISPLAY", " "), "gtk")).isPresent();
    }

    @Test
    void aNamedDisplayOrAWaylandSessionIsLeftForJavaFxToTry() {
        assertThat(WindowStartProblems.beforeLaunch("Linux", X11, null)).isEmpty();
        assertThat(WindowStartProblems.beforeLaunch("Linux", WAYLAND_ONLY, null)).isEmpty();
    }

    @Test
    void otherPlatformsAndJavaFxsHeadlessOneNeedNoDisplay() {
        assertThat(WindowStartProblems.beforeLaunch("Windows 11", NOTHING, null)).isEmpty();
        assertThat(WindowStartProblems.beforeLaunch("Mac OS X", NOTHING, null)).isEmpty();
        assertThat(WindowStartProblems.beforeLaunch("Linux", NOTHING, "headless")).isEmpty();
    }

    /** The message JavaFX 26 gives, the session it was in, and the one line that explains it. */
    static Stream<Arguments> javaFxFailures() {
        UnsupportedOperationException noDisplay = new UnsupportedOperationException("Unable to open DISPLAY");
        return Stream.of(
                arguments(named("an X server that does not answer is named", noDisplay), X11,
                        "cannot open the window: no display (nothing answers at DISPLAY=:98). Start it in a desktop session;"
                                + " the commands work without one: debtmeter --help"),
                arguments(named("with no display named, it is the plain no-display line", noDisplay), NOTHING,
                        WindowStartProblems.NO_DISPLAY),
                arguments(named("Wayland without XWayland is said so", noDisplay), WAYLAND_ONLY,
                        "cannot open the window: no X display (DISPLAY is not set; under Wayland the window needs XWayland)."
                                + " The commands work without one: debtmeter --help"),
                arguments(named("missing GTK says which package to install",
                                new UnsupportedOperationException("Unable to load glass GTK library.")), X11,
                        "cannot open the window: GTK 3 is not installed (on Debian/Ubuntu: sudo apt install libgtk-3-0)."
                                + " The commands work without it: debtmeter --help"),
                arguments(named("a glass library that cannot load is found inside the toolkit's exception",
                                new RuntimeException(new UnsatisfiedLinkError(
                                        "no glass in java.library.path: /usr/java/packages/lib:/usr/lib64"))), X11,
                        "cannot open the window: its graphics libraries cannot be loaded (X11 or GTK 3 is missing;"
                                + " on Debian/Ubuntu: sudo apt install libgtk-3-0). The commands work without them: debtmeter --help"));
    }

    @ParameterizedTest
    @MethodSource("javaFxFailures")
    void eachFailureOnLinuxIsExplained(Throwable javafx, Map<String, String> environment, String explanation) {
        assertThat(WindowStartProblems.explain(javafx, "Linux", environment)).contains(explanation);
    }

    @Test
    void anythingElseIsNotExplainedAway() {
        assertThat(WindowStartProblems.explain(new IllegalStateException("Application launch must not be called more than once"),
                "Linux", X11)).isEmpty();
        assertThat(WindowStartProblems.explain(new UnsupportedOperationException("Unable to open DISPLAY"),
                "Windows 11", NOTHING)).isEmpty();
    }

    @Test
    void everyExplanationIsOneLine() {
        assertThat(new String[] {WindowStartProblems.NO_DISPLAY, WindowStartProblems.DISPLAY_UNREACHABLE,
                WindowStartProblems.WAYLAND_WITHOUT_X, WindowStartProblems.NO_GTK, WindowStartProblems.NO_GRAPHICS_LIBRARIES})
                .allSatisfy(message -> assertThat(message).doesNotContain("\n").startsWith("cannot open the window: "));
    }
}
