package io.debtmeter;

import io.debtmeter.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real launcher, in a process of its own with JavaFX's GTK platform (not the headless one the
 * tests set): without a display the user reads one line on stderr, no stack trace, and exit code 5.
 */
class LauncherWithoutDisplayTest {

    @TempDir
    Path folder;

    private record Ended(int exitCode, String out, List<String> errLines) {
    }

    private Ended launch(Map<String, String> display, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // What the jar's manifest says (Enable-Native-Access), or Java 25 warns as JavaFX loads glass.
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "-Dglass.platform=gtk", Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        // Options in these would make the JVM print "Picked up ..." first.
        environment.keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
                "_JAVA_OPTIONS"));
        environment.putAll(display);
        environment.put("XDG_DATA_HOME", folder.resolve("data").toString());
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not end; stderr so far: " + Files.readString(err));
        }
        return new Ended(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void noDisplaySetIsOneLineAndExitCode5AndNoDatabaseIsMade() throws Exception {
        Path database = folder.resolve("team.db");

        Ended ended = launch(Map.of(), "--db", database.toString());

        assertThat(ended.errLines()).containsExactly("debtmeter: cannot open the window: no display (DISPLAY is not set)."
                + " Start it in a desktop session; the commands work without one: debtmeter --help");
        assertThat(ended.exitCode()).isEqualTo(ExitCode.WINDOW_UNAVAILABLE).isEqualTo(5);
        assertThat(ended.out()).isEmpty();
        assertThat(database).doesNotExist();
    }

    /** JavaFX itself fails here, and may print from its own threads: still one line. */
    @Test
    void anXServerThatDoesNotAnswerIsOneLineToo() throws Exception {
        String display = unusedDisplay();

        Ended ended = launch(Map.of("DISPLAY", display), "--db", folder.resolve("team.db").toString());

        assertThat(ended.errLines()).containsExactly("debtmeter: cannot open the window: no display (nothing answers at"
                + " DISPLAY=" + display + "). Start it in a desktop session; the commands work without one: debtmeter --help");
        assertThat(ended.exitCode()).isEqualTo(ExitCode.WINDOW_UNAVAILABLE);
    }

    /** A display number no X server listens on, by socket file or by Linux's abstract socket name. */
    private static String unusedDisplay() throws IOException {
        Path proc = Path.of("/proc/net/unix");
        List<String> sockets = Files.isReadable(proc) ? Files.readAllLines(proc) : List.of();
        for (int number = 250; number < 350; number++) {
            String name = ".X11-unix/X" + number;
            if (!Files.exists(Path.of("/tmp", name)) && sockets.stream().noneMatch(line -> line.endsWith(name))) {
                return ":" + number;
            }
        }
        throw new IllegalStateException("every display from :250 to :349 is taken");
    }
}
