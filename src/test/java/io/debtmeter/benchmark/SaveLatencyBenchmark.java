package io.debtmeter.benchmark;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import org.sqlite.SQLiteConfig;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How long saving one answer takes through {@link AssessmentStore#saveResponse}, beside the floor
 * SQLite sets on the same disk: a raw sqlite-jdbc auto-commit UPDATE of one row, WAL and
 * synchronous=FULL like the store. Both run in the same process, interleaved in blocks of 100,
 * after a warm-up, so disk and JIT conditions are shared. Not a test (Surefire never runs it).
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.debtmeter.benchmark.SaveLatencyBenchmark [folder]
 * </pre>
 * The folder (default {@code target/benchmark}) decides the disk measured. See docs/benchmarks.md.
 */
public final class SaveLatencyBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 1_000;
    private static final int BLOCK = 100;

    private SaveLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/benchmark").toAbsolutePath();
        Files.createDirectories(folder);
        Path storeFile = folder.resolve("store.db");
        Path rawFile = folder.resolve("raw.db");
        for (Path old : List.of(storeFile, rawFile)) {
            Files.deleteIfExists(old);
            Files.deleteIfExists(old.resolveSibling(old.getFileName() + "-wal"));
            Files.deleteIfExists(old.resolveSibling(old.getFileName() + "-shm"));
        }
        try (AssessmentStore store = SqliteAssessmentStore.open(storeFile);
             Connection raw = rawConnection(rawFile)) {
            StoreEdits storeEdits = new StoreEdits(store);
            RawEdits rawEdits = new RawEdits(raw);
            for (int i = 0; i < WARM_UP; i++) {
                storeEdits.next();
                rawEdits.next();
            }
            long[] storeNanos = new long[MEASURED];
            long[] rawNanos = new long[MEASURED];
            for (int done = 0; done < MEASURED; done += BLOCK) {
                for (int i = done; i < done + BLOCK; i++) {
                    rawNanos[i] = rawEdits.next();
                }
                for (int i = done; i < done + BLOCK; i++) {
                    storeNanos[i] = storeEdits.next();
                }
            }
            report(folder, rawNanos, storeNanos);
        }
    }

    /** The same settings the store uses, minus everything else. */
    private static Connection rawConnection(Path file) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        Connection connection = config.createConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE answer (id INTEGER PRIMARY KEY, level REAL, note TEXT)");
            statement.executeUpdate("INSERT INTO answer VALUES (1, 0, '')");
        }
        return connection;
    }

    /** One saved answer per call, with a changing level and note, as a facilitator clicking through items. */
    private static final class StoreEdits {
        private final AssessmentStore store;
        private final Assessment assessment;
        private final List<Item> practices;
        private int n;

        StoreEdits(AssessmentStore store) throws Exception {
            this.store = store;
            Rubric rubric;
            try (InputStream in = SaveLatencyBenchmark.class.getResourceAsStream("/rubrics/ml-technical-debt.json")) {
                rubric = new RubricLoader().load("ml-technical-debt.json", in);
            }
            Team team = store.createTeam("Benchmark");
            assessment = store.createAssessment(new NewAssessment(team.id(), rubric, LocalDate.now(), "bench",
                    List.of("a", "b"), Optional.empty()));
            practices = rubric.items().stream().filter(i -> i.kind() == ItemKind.PRACTICE).toList();
        }

        long next() {
            Item item = practices.get(n % practices.size());
            ItemResponse response = new ItemResponse(item.id(), Optional.of(new Answer.Level(n % 5)),
                    "note " + n, List.of("https://wiki.example/" + n), Map.of(ItemResponse.voteKey(n % 5), 3), false);
            n++;
            long start = System.nanoTime();
            store.saveResponse(assessment.id(), response);
            return System.nanoTime() - start;
        }
    }

    private static final class RawEdits {
        private final PreparedStatement update;
        private int n;

        RawEdits(Connection connection) throws Exception {
            update = connection.prepareStatement("UPDATE answer SET level = ?, note = ? WHERE id = 1");
        }

        long next() throws Exception {
            update.setDouble(1, n % 5);
            update.setString(2, "note " + n);
            n++;
            long start = System.nanoTime();
            update.executeUpdate();
            return System.nanoTime() - start;
        }
    }

    private static void report(Path folder, long[] raw, long[] store) {
        Arrays.sort(raw);
        Arrays.sort(store);
        System.out.printf(Locale.ROOT, "Folder: %s, %d edits each after %d warm-up%n%n", folder, MEASURED, WARM_UP);
        System.out.println("| | median | p90 | p99 |");
        System.out.println("|---|---:|---:|---:|");
        row("raw sqlite-jdbc auto-commit UPDATE (WAL, FULL)", raw);
        row("`AssessmentStore.saveResponse`", store);
        System.out.printf(Locale.ROOT, "| ratio store / raw | %.2f× | %.2f× | %.2f× |%n",
                ratio(store, raw, 0.50), ratio(store, raw, 0.90), ratio(store, raw, 0.99));
    }

    private static void row(String label, long[] sorted) {
        System.out.printf(Locale.ROOT, "| %s | %.3f ms | %.3f ms | %.3f ms |%n", label,
                millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99));
    }

    private static double ratio(long[] store, long[] raw, double quantile) {
        return millis(store, quantile) / millis(raw, quantile);
    }

    /** Nearest-rank quantile of sorted nanoseconds, in milliseconds. */
    private static double millis(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1_000_000.0;
    }
}
