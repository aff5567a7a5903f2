package io.debtmeter.benchmark;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.compare.CompareView;
import io.debtmeter.ui.compare.CompareViewModel;
import io.debtmeter.ui.portfolio.PortfolioView;
import io.debtmeter.ui.scorecard.ScorecardView;
import io.debtmeter.ui.scorecard.ScorecardViewModel;
import io.debtmeter.ui.portfolio.PortfolioViewModel;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.ui.shell.AppWindow;
import io.debtmeter.ui.shell.DebtmeterApp;
import io.debtmeter.ui.shell.MainView;
import io.debtmeter.ui.shell.StylesheetKeeper;
import io.debtmeter.ui.task.FxTaskExecutor;
import io.debtmeter.ui.trends.TrendsView;
import io.debtmeter.ui.trends.TrendsViewModel;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How long the portfolio, a team's trends and a comparison take from being opened to their data
 * on screen (the first frame rendered after the data arrived), on a large database, and the
 * longest the FX thread went without a frame meanwhile; beside the raw SQL the same data needs.
 * A main() program, not a test: see docs/benchmarks.md for how to run it.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.debtmeter.benchmark.ViewOpenBenchmark /tmp/issue4/big.db 9
 * </pre>
 */
public final class ViewOpenBenchmark {

    private final AssessmentStore store;
    private final Path database;
    private final int runs;
    private final Texts texts = new Texts(Locale.ENGLISH);
    private final ScoreCalculator calculator = new ScoreCalculator();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Stage stage;
    private long lastFrame;
    private long longestGap;
    /** Every gap between frames while a measured open runs (FX thread only), for the percentiles. */
    private final List<Double> frameGaps = new ArrayList<>();
    private boolean recordingGaps;
    private final StackPane screen = new StackPane();
    private final StylesheetKeeper stylesheets = new StylesheetKeeper();

    private ViewOpenBenchmark(Path database, int runs) throws Exception {
        this.database = database;
        this.runs = runs;
        this.store = SqliteAssessmentStore.open(database);
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            // No X server: JavaFX's own headless platform with the software pipeline, as the tests use.
            System.setProperty("glass.platform", "headless");
            System.setProperty("prism.order", "sw");
        }
        Path database = Path.of(args.length > 0 ? args[0] : "/tmp/issue4/big.db");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        new ViewOpenBenchmark(database, runs).run();
        Platform.exit();
        System.exit(0);
    }

    private void run() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> {
            stage = new Stage();
            // As in the window: the screens' stylesheets stay loaded between opens (StylesheetKeeper).
            screen.getChildren().setAll(stylesheets, new StackPane());
            stage.setScene(DebtmeterApp.styledScene(screen));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (lastFrame != 0) {
                        longestGap = Math.max(longestGap, now - lastFrame);
                        if (recordingGaps) {
                            frameGaps.add((now - lastFrame) / 1e6);
                        }
                    }
                    lastFrame = now;
                }
            }.start();
            started.complete(null);
        });
        started.get(30, TimeUnit.SECONDS);

        List<Team> teams = store.teams();
        Team team = teams.get(teams.size() / 2);
        List<Assessment> history = store.assessments(team.id());
        UUID before = history.get(1).id();
        UUID after = history.get(0).id();
        showTheHomeScreenFirst(team.id(), before, after);
        System.out.printf("Database %s: %d teams; trends of %s (%d assessments); compare %s with %s%n",
                database, teams.size(), team.name(), history.size(), history.get(1).period(), history.get(0).period());

        report("Portfolio", () -> {
            PortfolioViewModel viewModel = new PortfolioViewModel(store, executor, Clock.systemDefaultZone());
            // The rows and the chart arrive over three frames (PortfolioViewModel.FIRST_FRAME_ROWS).
            return new Opened(new PortfolioView(viewModel, texts, id -> { }), viewModel.portfolioProperty(),
                    () -> !viewModel.loadingProperty().get());
        }, this::rawPortfolioQuery);
        report("Team trends", () -> {
            TrendsViewModel viewModel = new TrendsViewModel(store, executor, calculator, team.id());
            TrendsView view = new TrendsView(viewModel, texts, id -> { }, () -> { });
            // The chart and the heat map are built in the pulses after the data arrive.
            return new Opened(view, viewModel.trendProperty(), () -> view.lookup("#trends-heat-panel") != null);
        }, () -> rawTeamQuery(team.id()));
        report("Comparison", () -> {
            CompareViewModel viewModel = new CompareViewModel(store, executor, calculator);
            CompareView view = new CompareView(viewModel, texts, () -> { });
            viewModel.compare(before, after);
            return new Opened(view, viewModel.comparisonProperty(), () -> view.lookup("#compare-actions") != null);
        }, () -> rawCompareQuery(before, after));
        report("Scorecard", () -> {
            ScorecardViewModel viewModel = new ScorecardViewModel(store, executor, calculator, before);
            ScorecardView view = new ScorecardView(viewModel, texts, () -> { }, id -> { });
            return new Opened(view, viewModel.dataProperty(), () -> view.lookup("#scorecard-actions") != null);
        }, () -> rawAssessmentQuery(before));
        store.close();
    }

    /**
     * {@code -Dhome=SECONDS}: first shows the real window's home screen on the same database for that
     * long, then closes it, as a user starts the app and looks at it before the first click. Without
     * it, the first open also pays for what the home screen would have warmed (table skins, their
     * CSS, the JIT's work on both), which no user's first click pays.
     */
    private void showTheHomeScreenFirst(UUID team, UUID before, UUID after) throws Exception {
        int seconds = Integer.getInteger("home", 0);
        if (seconds <= 0) {
            return;
        }
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("debtmeter-benchmark-home");
        CompletableFuture<AppWindow> shown = new CompletableFuture<>();
        Stage[] homeStage = new Stage[1];
        Platform.runLater(() -> {
            homeStage[0] = new Stage();
            AppWindow window = new AppWindow(homeStage[0],
                    new UserDirectories("Linux", java.util.Map.of(), folder), new Texts(Locale.ENGLISH),
                    new FxTaskExecutor(), (file, readOnly) -> SqliteAssessmentStore.open(file), path -> { });
            // -Dwarmup=true: the home screen warms the views while idle, as the desktop app's does.
            window.warmScreensWhenIdle(Boolean.getBoolean("warmup"));
            window.open(database, false);
            homeStage[0].show();
            shown.complete(window);
        });
        AppWindow window = shown.get(30, TimeUnit.SECONDS);
        Thread.sleep(1000);   // the home screen's first frames are start-up's, not what the warm-up costs
        Platform.runLater(() -> longestGap = 0);
        Thread.sleep(seconds * 1000L - 1000);
        CompletableFuture<Double> idle = new CompletableFuture<>();
        Platform.runLater(() -> idle.complete(longestGap / 1e6));
        System.out.printf("Longest frame gap on the home screen from its second second on: %5.1f ms%n",
                idle.get(30, TimeUnit.SECONDS));
        String view = System.getProperty("home.open", "");
        if (!view.isEmpty()) {
            double[] result = firstOpenInTheHomeWindow(homeStage[0], view, team, before, after);
            System.out.printf("First open in the home window (%s): shown %6.1f ms, longest frame gap %5.1f ms%n",
                    view, result[0], result[1]);
        }
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            homeStage[0].hide();
            window.close();
            closed.complete(null);
        });
        closed.get(30, TimeUnit.SECONDS);
        System.out.printf("Showed the home screen for %d s first%s%n", seconds,
                Boolean.getBoolean("warmup") ? ", which warmed the views meanwhile" : "");
    }

    /**
     * {@code -Dhome.open=portfolio|trends|comparison|scorecard}: the session's first open of that view as a user
     * makes it, in the home window, through the main view (after {@code -Dhome} seconds there). It
     * shares that window's scene, and so its style caches, which the views opened later here do not.
     */
    private double[] firstOpenInTheHomeWindow(Stage home, String view, UUID team, UUID before, UUID after)
            throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainView main = (MainView) home.getScene().getRoot();
            longestGap = 0;
            long start = System.nanoTime();
            java.util.function.BooleanSupplier complete = switch (view) {
                case "portfolio" -> {
                    main.showPortfolio();
                    yield () -> main.lookup("#portfolio-chart-bars") instanceof Parent bars
                            && !bars.getChildrenUnmodifiable().isEmpty();
                }
                case "trends" -> {
                    main.showTrends(team);
                    yield () -> main.lookup("#trends-heat-panel") != null;
                }
                case "comparison" -> {
                    main.showCompare(before, after);
                    yield () -> main.lookup("#compare-actions") != null;
                }
                case "scorecard" -> {
                    main.showScorecard(before);
                    yield () -> main.lookup("#scorecard-actions") != null;
                }
                default -> throw new IllegalArgumentException(
                        "-Dhome.open=" + view + ": portfolio, trends, comparison or scorecard");
            };
            afterTheCompletePulse(complete, start, done);
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    /**
     * Waits for the pulse that lays out and renders the last part built from the data (some views
     * build parts a pulse later), then for the next one, which starts once that has finished: so
     * both the time and the longest gap include it.
     */
    private void afterTheCompletePulse(java.util.function.BooleanSupplier complete, long start,
                                       CompletableFuture<double[]> done) {
        new AnimationTimer() {
            private boolean completePulseSeen;

            @Override
            public void handle(long now) {
                if (!completePulseSeen) {
                    completePulseSeen = complete.getAsBoolean();
                    return;
                }
                stop();
                Platform.runLater(() -> done.complete(new double[] {
                    (System.nanoTime() - start) / 1e6, longestGap / 1e6}));
            }
        }.start();
    }

    /** A view, the data it loads, and whether all it builds from them is in the scene yet. */
    private record Opened(Parent view, ObservableValue<?> data, java.util.function.BooleanSupplier complete) {
        Opened(Parent view, ObservableValue<?> data) {
            this(view, data, () -> true);
        }
    }

    /** Opens the view several times; each time from the constructor call to the frame after the data arrived. */
    private void report(String name, java.util.function.Supplier<Opened> open, SqlTimer raw) throws Exception {
        String only = System.getProperty("views", "");
        if (!only.isEmpty() && !name.toLowerCase(java.util.Locale.ROOT).contains(only)) {
            return;   // -Dviews=portfolio (or trends, comparison) measures one view, e.g. under a profiler
        }
        List<Double> shown = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<Double> sql = new ArrayList<>();
        double[] first = null;
        List<Double> allGaps = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            boolean measured = run > 0;
            Platform.runLater(() -> {
                frameGaps.clear();
                recordingGaps = measured;
            });
            double[] result = openOnce(open);
            CompletableFuture<List<Double>> gapsOfThisOpen = new CompletableFuture<>();
            Platform.runLater(() -> {
                recordingGaps = false;
                gapsOfThisOpen.complete(new ArrayList<>(frameGaps));
            });
            allGaps.addAll(gapsOfThisOpen.get(30, TimeUnit.SECONDS));
            double rawMillis = raw.millis();
            if (run == 0) {
                // The session's first open warms up the JIT and the snapshot cache. It is what a user
                // sees on their first click, so it is reported, but apart from the others.
                first = result;
            } else {
                shown.add(result[0]);
                gaps.add(result[1]);
                sql.add(rawMillis);
            }
        }
        System.out.printf("%-12s every frame gap while opening: p50 %5.1f ms, p95 %5.1f ms, max %5.1f ms (%d frames)%n",
                name, median(allGaps), p95(allGaps), Collections.max(allGaps), allGaps.size());
        System.out.printf("%-12s shown after: median %6.1f ms (min %6.1f, max %6.1f) | longest frame gap: median %5.1f ms, p95 %5.1f ms, max %5.1f ms"
                        + " | raw SQL: median %6.1f ms (min %6.1f, max %6.1f) | first open of the session: shown %6.1f ms, gap %5.1f ms%n",
                name, median(shown), Collections.min(shown), Collections.max(shown), median(gaps), p95(gaps), Collections.max(gaps),
                median(sql), Collections.min(sql), Collections.max(sql), first[0], first[1]);
    }

    private double[] openOnce(java.util.function.Supplier<Opened> open) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            longestGap = 0;
            long start = System.nanoTime();
            Opened opened = open.get();
            long built = System.nanoTime();
            // As in the window, the keeper stays in the scene and only the screen beside it changes.
            screen.getChildren().set(1, opened.view());
            stylesheets.keepStylesheetsOf(opened.view());
            Runnable whenShown = () -> afterTheCompletePulse(opened.complete(), start, done);
            if (opened.data().getValue() != null) {
                whenShown.run();
            } else {
                opened.data().addListener((obs, old, value) -> {
                    if (value != null && !done.isDone()) {
                        if (Boolean.getBoolean("breakdown")) {   // -Dbreakdown=true: where one open spends its time
                            System.out.printf("  built %.0f ms, data at %.0f ms, longest gap before the data %.0f ms%n",
                                    (built - start) / 1e6, (System.nanoTime() - start) / 1e6, longestGap / 1e6);
                        }
                        whenShown.run();
                    }
                });
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface Query {
        int rows(Connection connection) throws Exception;
    }

    @FunctionalInterface
    private interface SqlTimer {
        double millis() throws Exception;
    }

    /**
     * The portfolio's data in plain SQL, as the view reads it since schema V3: every team, each
     * team's two newest assessments (all columns) and their cached score summaries.
     */
    private double rawPortfolioQuery() throws Exception {
        return timed(connection -> {
            int rows = readAll(connection, "SELECT * FROM team");
            List<String> chosen = new ArrayList<>();
            // The same index walk the store does: each team's two newest, read from the index.
            try (PreparedStatement latest = connection.prepareStatement(
                    "SELECT a.* FROM team t JOIN assessment a ON a.id IN (SELECT id FROM assessment"
                            + " WHERE team_id = t.id ORDER BY assessed_on DESC, created_at DESC, id DESC LIMIT 2)");
                 ResultSet result = latest.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int c = 1; c <= columns; c++) {
                        result.getObject(c);
                    }
                    chosen.add(result.getString("id"));
                }
            }
            String ids = "'" + String.join("','", chosen) + "'";
            return rows + chosen.size() + readAll(connection, "SELECT * FROM score_summary WHERE assessment_id IN (" + ids + ")");
        });
    }

    private static int readAll(Connection connection, String sql) throws Exception {
        int rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    result.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }

    private double rawTeamQuery(UUID teamId) throws Exception {
        return timed(connection -> {
            List<String> chosen = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM assessment WHERE team_id = ? ORDER BY assessed_on DESC, created_at DESC")) {
                statement.setString(1, teamId.toString());
                try (ResultSet ids = statement.executeQuery()) {
                    while (ids.next()) {
                        chosen.add(ids.getString(1));
                    }
                }
            }
            return answersOf(connection, chosen);
        });
    }

    /** A scorecard's answers: one assessment's rows. */
    private double rawAssessmentQuery(UUID assessment) throws Exception {
        return timed(connection -> answersOf(connection, List.of(assessment.toString())));
    }

    private double rawCompareQuery(UUID before, UUID after) throws Exception {
        return timed(connection -> answersOf(connection, List.of(before.toString(), after.toString())));
    }

    private static int answersOf(Connection connection, List<String> assessmentIds) throws Exception {
        int rows = 0;
        for (int from = 0; from < assessmentIds.size(); from += 500) {
            List<String> chunk = assessmentIds.subList(from, Math.min(assessmentIds.size(), from + 500));
            rows += readAll(connection, "SELECT * FROM response WHERE assessment_id IN ('" + String.join("','", chunk) + "')");
        }
        return rows;
    }

    private double timed(Query query) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database + "?open_mode=1")) {
            long start = System.nanoTime();
            int rows = query.rows(connection);
            if (rows == 0) {
                throw new IllegalStateException("the raw query read nothing");
            }
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** The 95th percentile by the nearest-rank rule (with fewer than 20 opens, the largest). */
    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
