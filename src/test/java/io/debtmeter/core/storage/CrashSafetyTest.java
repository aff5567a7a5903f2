package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A killed process loses nothing that was shown as saved": a child JVM edits through the store
 * and is killed with SIGKILL at a random moment, again and again on the same file. After each
 * kill the file must pass SQLite's integrity check and hold every edit the child reported as
 * saved, with its last reported value. (An edit under way when the kill came may or may not be
 * there; if it is, it may be the value the item holds.)
 *
 * <p>Reproduce a run with {@code -Dcrash.seed=<seed printed by the failing run>}.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 20;

    @TempDir
    Path folder;

    @Test
    void killedEditorsLoseNothingTheyReportedAsSaved() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("CrashSafetyTest seed " + seed + " (rerun with -Dcrash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path file = folder.resolve("crash.db");
        Map<String, String> expected = new HashMap<>();
        int totalSaved = 0;

        for (int round = 0; round < ROUNDS; round++) {
            long delay = 50 + random.nextInt(351);
            Round result = runAndKill(file, random.nextLong(), round, delay);
            totalSaved += result.saved().size();
            result.saved().forEach(edit -> expected.put(edit.key(), edit.value()));

            assertThat(DatabaseDump.single(file, "PRAGMA integrity_check")).as("round %d, seed %d", round, seed)
                    .isEqualTo("ok");
            assertAllThere(file, result, expected, "round " + round + ", seed " + seed + ", last lines " + result.lastLines());
        }
        assertThat(totalSaved).isGreaterThan(ROUNDS * 5);
    }

    /** One line of the child's output: {@code saved|begin kind id value}. */
    record Edit(String kind, String id, String value) {
        String key() {
            return kind + " " + id;
        }
    }

    record Round(UUID teamId, UUID assessmentId, List<Edit> saved, Optional<Edit> underWay, List<String> lastLines) {
    }

    private Round runAndKill(Path file, long childSeed, int round, long delayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errors = folder.resolve("child-" + round + ".err");
        // sqlite-jdbc unpacks its native library into the temp folder and deletes it at exit; a killed
        // child never exits, so point it at this test's folder, which JUnit cleans up.
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dorg.sqlite.tmpdir=" + folder,
                "-cp", System.getProperty("java.class.path"), CrashingEditor.class.getName(),
                file.toString(), Long.toString(childSeed), Integer.toString(round))
                .redirectError(errors.toFile())
                .start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Object ready = new Object();
        Thread reader = new Thread(() -> readLines(child, lines, ready));
        reader.start();
        try {
            synchronized (ready) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                // The random moment is counted from the first saved edit, so every round kills an editor at work.
                while (lines.size() < 3 && child.isAlive() && System.nanoTime() < deadline) {
                    ready.wait(100);
                }
            }
            assertThat(lines).as("child started editing; its errors: %s", read(errors)).hasSizeGreaterThanOrEqualTo(3);
            Thread.sleep(delayMillis);
        } finally {
            // SIGKILL through the process handle: Process.destroyForcibly() sends the same signal but
            // also closes our end of the pipe at once, losing lines the child wrote just before dying.
            child.toHandle().destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        return parse(lines);
    }

    private static void readLines(Process child, List<String> lines, Object ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                synchronized (ready) {
                    ready.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // The child was killed: its output ends here.
        }
    }

    private static Round parse(List<String> lines) {
        String[] header = lines.get(0).split(" ");
        assertThat(header[0]).isEqualTo("ready");
        List<Edit> saved = new ArrayList<>();
        Edit underWay = null;
        for (String line : lines.subList(1, lines.size())) {
            if (!line.endsWith(" ;")) {
                continue; // cut off by the kill: the edit it announced is "under way" at most
            }
            String[] parts = line.substring(0, line.length() - 2).split(" ", 4);
            Edit edit = new Edit(parts[1], parts[2], parts[3]);
            if (parts[0].equals("begin")) {
                underWay = edit;
            } else {
                saved.add(edit);
                underWay = null;
            }
        }
        return new Round(UUID.fromString(header[2]), UUID.fromString(header[3]), saved, Optional.ofNullable(underWay),
                List.copyOf(lines.subList(Math.max(0, lines.size() - 4), lines.size())));
    }

    private static void assertAllThere(Path file, Round round, Map<String, String> expected, String context)
            throws Exception {
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            Map<String, ItemResponse> responses = store.responses(round.assessmentId());
            Map<String, String> actions = new HashMap<>();
            for (ActionItem action : store.actions(round.teamId())) {
                actions.put(action.id().toString(), action.text());
            }
            Map<String, String> committedUnderWay = new HashMap<>();
            for (Map.Entry<String, String> edit : expected.entrySet()) {
                String[] key = edit.getKey().split(" ", 2);
                String actual = switch (key[0]) {
                    case "response" -> responseValue(responses.get(key[1]));
                    case "action" -> actions.get(key[1]);
                    case "team" -> store.team(UUID.fromString(key[1])).map(Team::name).orElse(null);
                    default -> throw new IllegalStateException(edit.getKey());
                };
                boolean underWay = round.underWay().filter(e -> e.key().equals(edit.getKey())
                        && e.value().equals(actual)).isPresent();
                if (underWay) {
                    // Committed, though killed before it could say so: from now on it is the value to keep.
                    committedUnderWay.put(edit.getKey(), actual);
                } else {
                    assertThat(actual).as("%s: %s", context, edit.getKey()).isEqualTo(edit.getValue());
                }
            }
            expected.putAll(committedUnderWay);
        }
    }

    private static String responseValue(ItemResponse response) {
        if (response == null || response.answer().isEmpty()) {
            return null;
        }
        Answer.Level level = (Answer.Level) response.answer().get();
        return ItemResponse.voteKey(level.value()) + "|" + response.note();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
