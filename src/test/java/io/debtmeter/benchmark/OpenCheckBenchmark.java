package io.debtmeter.benchmark;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What the damage check at open costs (issue 17, docs/benchmarks.md): opens a copy of the given
 * database (e.g. one made by {@code sample --teams 500 --assessments 40}) and times the opens, the
 * background check and {@code PRAGMA quick_check} alone. A {@code main()} that Surefire never runs.
 */
public final class OpenCheckBenchmark {

    private OpenCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path big = Path.of(args[0]);
        Path copy = big.resolveSibling("big-upgrade.db");
        Files.copy(big, copy, StandardCopyOption.REPLACE_EXISTING);
        long t = System.nanoTime();
        SqliteAssessmentStore.open(copy).close();
        System.out.printf("first read-write open of the unstamped file (quick_check + backup + V5): %d ms%n", (System.nanoTime() - t) / 1_000_000);
        for (int i = 0; i < 3; i++) {
            t = System.nanoTime();
            try (AssessmentStore s = SqliteAssessmentStore.open(copy)) {
                long opened = System.nanoTime();
                s.damage();
                long checked = System.nanoTime();
                System.out.printf("read-write open (check in background): %d ms; check done %d ms after the open returned%n", (opened - t) / 1_000_000, (checked - opened) / 1_000_000);
            }
        }
        for (int i = 0; i < 3; i++) {
            t = System.nanoTime();
            try (AssessmentStore s = SqliteAssessmentStore.openForReading(copy)) {
                System.out.printf("open for reading: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            }
        }
        for (int i = 0; i < 3; i++) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
                t = System.nanoTime();
                ResultSet r = st.executeQuery("PRAGMA quick_check"); r.next();
                System.out.printf("PRAGMA quick_check alone: %d ms (%s)%n", (System.nanoTime() - t) / 1_000_000, r.getString(1));
            }
        }
        System.out.printf("file: %,d bytes%n", Files.size(copy));
    }
}
