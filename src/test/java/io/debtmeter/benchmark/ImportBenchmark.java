package io.debtmeter.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.core.exchange.ExchangeDocument;
import io.debtmeter.core.exchange.ExchangeExporter;
import io.debtmeter.core.exchange.ExchangeImporter;
import io.debtmeter.core.exchange.ExchangeReader;
import io.debtmeter.core.exchange.ImportPlan;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleGenerator;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Rubric;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * JSON import of 1,000 assessments (25 generated teams x 40 quarters of the default rubric,
 * exported by {@link ExchangeExporter}) into an empty database, beside plain Jackson parsing
 * ({@code ObjectMapper.readTree}) of the same bytes, in the same process and run: a warm-up
 * round, then {@code repetitions} rounds (default 5), medians reported. The import is split into
 * its steps: reading (syntax with locations, schema, rubric snapshots, answers), planning, and
 * applying (one transaction, synced); and, as the floor for the writes, the store's own bulk
 * import ({@code importTeams}, used for sample data) of the same teams. Not a test (Surefire never runs it).
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.debtmeter.benchmark.ImportBenchmark [folder] [repetitions]
 * </pre>
 */
public final class ImportBenchmark {

    private static final int TEAMS = 25;
    private static final int QUARTERS = 40;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/benchmark").toAbsolutePath();
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Files.createDirectories(folder);
        List<TeamBundle> teams = generatedTeams();
        byte[] file = exportOf(teams, folder);
        System.out.printf(Locale.ROOT, "File: %,d assessments, %.1f MB%n", TEAMS * QUARTERS, file.length / 1048576.0);

        ObjectMapper jackson = new ObjectMapper();
        ExchangeReader reader = new ExchangeReader();
        List<Long> parse = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        List<Long> plan = new ArrayList<>();
        List<Long> apply = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        List<Long> bulk = new ArrayList<>();
        for (int round = 0; round <= repetitions; round++) {
            long start = System.nanoTime();
            jackson.readTree(file);
            long parsed = System.nanoTime();

            Path target = fresh(folder, "import-" + round + ".db");
            try (AssessmentStore store = SqliteAssessmentStore.open(target)) {
                long t0 = System.nanoTime();
                ExchangeDocument document = reader.parse("benchmark.json", file);
                long t1 = System.nanoTime();
                ExchangeImporter importer = new ExchangeImporter(store);
                ImportPlan planned = importer.plan(document);
                long t2 = System.nanoTime();
                importer.apply(planned);
                long t3 = System.nanoTime();
                if (round > 0) {   // round 0 warms up
                    parse.add(parsed - start);
                    read.add(t1 - t0);
                    plan.add(t2 - t1);
                    apply.add(t3 - t2);
                    total.add(t3 - t0);
                }
                if (store.teams().size() != TEAMS) {
                    throw new IllegalStateException("the import lost teams");
                }
            }
            deleteDatabase(target);

            // The store's own bulk import (sample data) of the same teams: the floor for the writes.
            Path bulkTarget = fresh(folder, "bulk-" + round + ".db");
            try (AssessmentStore store = SqliteAssessmentStore.open(bulkTarget)) {
                long t0 = System.nanoTime();
                ((SqliteAssessmentStore) store).importTeams(teams);
                if (round > 0) {
                    bulk.add(System.nanoTime() - t0);
                }
            }
            deleteDatabase(bulkTarget);
        }
        System.out.printf(Locale.ROOT, "Medians of %d rounds after a warm-up:%n", repetitions);
        System.out.printf(Locale.ROOT, "  Jackson ObjectMapper.readTree      %8.0f ms%n", median(parse));
        System.out.printf(Locale.ROOT, "  Debtmeter import, total            %8.0f ms  (%.1f x Jackson)%n", median(total),
                median(total) / median(parse));
        System.out.printf(Locale.ROOT, "    read and validate the file       %8.0f ms%n", median(read));
        System.out.printf(Locale.ROOT, "    plan (compare with the database) %8.0f ms%n", median(plan));
        System.out.printf(Locale.ROOT, "    apply (one transaction)          %8.0f ms%n", median(apply));
        System.out.printf(Locale.ROOT, "  Store bulk import, same teams      %8.0f ms  (no file: the floor for the writes)%n",
                median(bulk));
    }

    private static List<TeamBundle> generatedTeams() throws Exception {
        Rubric rubric;
        try (InputStream in = ImportBenchmark.class.getResourceAsStream("/rubrics/ml-technical-debt.json")) {
            rubric = new RubricLoader().load("ml-technical-debt.json", in);
        }
        SampleGenerator generator = new SampleGenerator(rubric, 7, LocalDate.of(2026, 11, 26));
        List<TeamBundle> teams = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
            teams.add(generator.team(i, "Team " + (i + 1), QUARTERS));
        }
        return teams;
    }

    private static byte[] exportOf(List<TeamBundle> teams, Path folder) throws Exception {
        Path source = fresh(folder, "source.db");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AssessmentStore store = SqliteAssessmentStore.open(source)) {
            ((SqliteAssessmentStore) store).importTeams(teams);
            new ExchangeExporter(Clock.systemUTC(), "ImportBenchmark").exportDatabase(store, out);
        }
        deleteDatabase(source);
        return out.toByteArray();
    }

    private static Path fresh(Path folder, String name) throws Exception {
        Path file = folder.resolve(name);
        deleteDatabase(file);
        return file;
    }

    private static void deleteDatabase(Path file) throws Exception {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        double middle = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        return middle / 1e6;
    }
}
