package io.debtmeter.benchmark;

import io.debtmeter.core.analysis.compare.AssessmentComparer;
import io.debtmeter.core.analysis.compare.ComparisonLoader;
import io.debtmeter.core.analysis.portfolio.PortfolioCalculator;
import io.debtmeter.core.analysis.portfolio.PortfolioData;
import io.debtmeter.core.analysis.trends.TeamHistory;
import io.debtmeter.core.analysis.trends.TeamTrendCalculator;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoredResponse;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What the window's screens read on a large database, store against store (issue 24, part 6): the
 * portfolio (every team's latest assessment and its score summary), one team's trends (40 assessments
 * scored), a comparison of two assessments, a scorecard's reads, and saving one answer (versioned, as
 * the wizard saves). The views draw the same data whichever store read it, so the store's part is
 * what differs; drawing is measured by ViewOpenBenchmark. A main() program, not a test:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.debtmeter.benchmark.StoreScaleBenchmark \
 *     sqlite /tmp/big.db 9
 * PGPASSWORD=… java -cp … io.debtmeter.benchmark.StoreScaleBenchmark postgresql 127.0.0.1 5432 debt bench 9
 * </pre>
 */
public final class StoreScaleBenchmark {

    private StoreScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[args.length - 1]);
        try (AssessmentStore store = open(args)) {
            List<Team> teams = store.teams();
            Team team = teams.get(teams.size() / 2);
            List<Assessment> history = store.assessments(team.id());
            Assessment newest = history.getFirst();
            Assessment older = history.get(history.size() / 2);
            ScoreCalculator calculator = new ScoreCalculator();
            Assessment draft = history.stream().filter(a -> !a.isFinal()).findFirst().orElse(null);
            System.out.printf("%s: %d teams, team '%s' with %d assessments%n", store.location(), teams.size(),
                    team.name(), history.size());
            time("portfolio (every team's latest)", runs, () -> new PortfolioCalculator()
                    .portfolio(PortfolioData.read(store, "en"), LocalDate.of(2026, 12, 7)));
            time("team trends", runs, () -> new TeamTrendCalculator(calculator)
                    .calculate(TeamHistory.read(store, team.id(), "en")));
            time("comparison of two", runs, () -> new ComparisonLoader(new AssessmentComparer(calculator),
                    ZoneId.of("UTC"), "en").load(store, older.id(), newest.id()));
            time("scorecard reads", runs, () -> {
                store.assessment(newest.id());
                store.rubricOf(newest.id());
                store.responses(newest.id());
                store.actions(team.id());
                return store.targets(newest.id());
            });
            if (draft != null) {
                String item = store.rubricOf(draft.id()).items().getFirst().id();
                time("save one answer (versioned)", runs, () -> {
                    StoredResponse stored = store.storedResponses(draft.id()).get(item);
                    ItemResponse now = stored == null ? ItemResponse.open(item) : stored.response();
                    long base = stored == null ? StoredResponse.NEVER_SAVED : stored.version();
                    return store.saveResponse(draft.id(), now.withNote("benchmark " + System.nanoTime()), base);
                });
            }
        }
    }

    private static AssessmentStore open(String[] args) {
        if (args[0].equals("sqlite")) {
            return SqliteAssessmentStore.open(Path.of(args[1]));
        }
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        return PostgresAssessmentStore.open(new PostgresLocation(args[1], Integer.parseInt(args[2]), args[3], args[4],
                password.toCharArray(), "disable"));
    }

    /** One untimed run, then {@code runs} timed ones: min, median and max in ms. */
    private static void time(String what, int runs, Callable<?> work) throws Exception {
        work.call();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("  %-34s min %7.1f  median %7.1f  max %7.1f ms%n", what, ms.getFirst(), ms.get(ms.size() / 2),
                ms.getLast());
    }
}
