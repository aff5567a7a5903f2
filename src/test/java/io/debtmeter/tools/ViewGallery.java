package io.debtmeter.tools;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.Theme;
import io.debtmeter.ui.common.WindowFonts;
import io.debtmeter.ui.shell.AppServices;
import io.debtmeter.ui.shell.DebtmeterApp;
import io.debtmeter.ui.shell.MainView;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Renders the data views (portfolio, a team's trends, a comparison, a scorecard, the teams screen) of
 * any database in the light and the dark theme to PNG files, so a person can look at every view on
 * real data sets — the sample team or 500 generated teams — without clicking through the window.
 * Not a test: {@code java -cp ... io.debtmeter.tools.ViewGallery DB OUT_FOLDER [TEAM_NAME]}.
 */
public final class ViewGallery {

    private ViewGallery() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "headless");
            System.setProperty("prism.order", "sw");
        }
        WindowFonts.load();   // before anything touches a font, as the app does (decision 0019)
        Path database = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        // Beside the pictures, not a random temp folder: the about and rubric pages show its path, and
        // two runs into the same folder must give the same pixels.
        Path scratch = Files.createDirectories(out.resolve("scratch"));
        try (AssessmentStore store = SqliteAssessmentStore.open(database)) {
            if (store.teams().isEmpty()) {   // an empty file: show the sample team, as "Load sample data" makes it
                RubricCatalog bundled = new RubricCatalog(new RubricLoader(), Files.createDirectories(scratch.resolve("r")));
                new SampleData(store).load(bundled.load().find("ml-technical-debt").orElseThrow().rubric(),
                        java.time.LocalDate.now());
            }
            UUID japaneseDraft = japaneseDraft(store, scratch);
            List<Team> teams = store.teams();
            Team team = args.length > 2
                    ? teams.stream().filter(t -> t.name().equals(args[2])).findFirst().orElseThrow()
                    : teams.get(teams.size() / 2);
            List<Assessment> history = store.assessments(team.id());
            UUID2 pair = new UUID2(history.get(Math.min(1, history.size() - 1)), history.get(0));
            UserDirectories directories = new UserDirectories("Linux", Map.of(), scratch);
            AppServices services = new AppServices(store, new RubricCatalog(new RubricLoader(), directories.userRubricsFolder()),
                    new DirectTaskExecutor(), new ScoreCalculator(), Clock.systemDefaultZone(), new Texts(Locale.forLanguageTag(System.getProperty("gallery.lang", "en"))),
                    directories, path -> { }, Settings.in(scratch));
            Platform.startup(() -> { });
            MainView main = onFx(() -> {
                MainView view = new MainView(services);
                Stage stage = new Stage();
                stage.setScene(DebtmeterApp.styledScene(view));
                stage.show();
                return view;
            });
            for (Theme theme : Theme.values()) {
                onFx(() -> {
                    theme.apply();
                    return null;
                });
                String suffix = "-" + theme.name().toLowerCase(Locale.ROOT);
                shoot(out.resolve("portfolio" + suffix + ".png"), main, MainView::showPortfolio);
                shoot(out.resolve("trends" + suffix + ".png"), main, m -> m.showTrends(team.id()));
                shoot(out.resolve("compare" + suffix + ".png"), main,
                        m -> m.showCompare(pair.before().id(), pair.after().id()));
                shoot(out.resolve("scorecard" + suffix + ".png"), main, m -> m.showScorecard(pair.after().id()));
                // The scorecard still shown: Enter on its first clickable row opens the details over it.
                shoot(out.resolve("scorecard-detail" + suffix + ".png"), main, m -> javafx.event.Event.fireEvent(
                        m.getScene().getRoot().lookup(".clickable"), new javafx.scene.input.KeyEvent(
                                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ENTER,
                                false, false, false, false)));
                shoot(out.resolve("team" + suffix + ".png"), main, m -> m.showTeam(team.id()));
                shoot(out.resolve("home" + suffix + ".png"), main, MainView::showTeams);
                shoot(out.resolve("wizard-japanese-note" + suffix + ".png"), main, m -> m.showWizard(japaneseDraft));
                // The note and the actions are side tabs: each shown for a picture of its own.
                shoot(out.resolve("wizard-japanese-note-tab" + suffix + ".png"), main, m -> ((javafx.scene.control.TabPane)
                        m.getScene().getRoot().lookup("#wizard-tabs")).getSelectionModel().select(1));
                shoot(out.resolve("wizard-actions-tab" + suffix + ".png"), main, m -> ((javafx.scene.control.TabPane)
                        m.getScene().getRoot().lookup("#wizard-tabs")).getSelectionModel().select(2));
                // Presenter mode (wizard.css sizes in em), the wizard's keys overlay, the rubric browser and about.
                shoot(out.resolve("wizard-presenter" + suffix + ".png"), main, m -> {
                    m.showWizard(japaneseDraft);
                    ((javafx.scene.control.ButtonBase) m.getScene().getRoot().lookup("#wizard-presenter")).fire();
                });
                shoot(out.resolve("wizard-presenter-help" + suffix + ".png"), main, m ->
                        ((javafx.scene.control.ButtonBase) m.getScene().getRoot().lookup("#wizard-help")).fire());
                shoot(out.resolve("wizard-help" + suffix + ".png"), main, m -> {
                    m.showWizard(japaneseDraft);
                    ((javafx.scene.control.ButtonBase) m.getScene().getRoot().lookup("#wizard-help")).fire();
                });
                shoot(out.resolve("rubrics" + suffix + ".png"), main, MainView::showRubrics);
                shoot(out.resolve("about" + suffix + ".png"), main, MainView::showAbout);
                // An id that is in no database: each screen's problem strip.
                UUID missing = new UUID(0, 1);
                shoot(out.resolve("problem-scorecard" + suffix + ".png"), main, m -> m.showScorecard(missing));
                shoot(out.resolve("problem-compare" + suffix + ".png"), main, m -> m.showCompare(missing, missing));
                shoot(out.resolve("problem-trends" + suffix + ".png"), main, m -> m.showTrends(missing));
            }
            System.out.println("Wrote views of " + team.name() + " (" + history.size() + " assessments) to " + out);
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private record UUID2(Assessment before, Assessment after) {
    }

    /**
     * A team with a Japanese name and a draft whose first item has a Japanese and accented note: the
     * window must draw them with its own fonts on a machine that has no CJK font.
     */
    private static UUID japaneseDraft(AssessmentStore store, Path scratch) throws Exception {
        Rubric rubric = new RubricCatalog(new RubricLoader(), Files.createDirectories(scratch.resolve("j")))
                .load().find("ml-technical-debt").orElseThrow().rubric();
        Team team = store.createTeam("需要予測チーム (Demand forecasting)");
        Assessment draft = store.createAssessment(new NewAssessment(team.id(), rubric, java.time.LocalDate.now(),
                "2026-Q4", List.of("佐藤", "Zoë", "José"), Optional.empty()));
        String itemId = rubric.items().get(0).id();
        store.saveResponse(draft.id(), new ItemResponse(itemId, Optional.empty(),
                "特徴量の出所は週次で確認している。Müller's café-level check déjà vu.", List.of(), Map.of(), false));
        return draft.id();
    }

    /** Shows a view, lets it finish (some views build across several pulses), then saves the window. */
    private static void shoot(Path file, MainView main, Consumer<MainView> show) throws Exception {
        onFx(() -> {
            show.accept(main);
            return null;
        });
        Thread.sleep(1500);
        // A screen still loading shows a spinner, drawn wherever its animation has got to: hidden.
        onFx(() -> {
            main.getScene().getRoot().lookupAll(".progress-indicator").stream()
                    .filter(node -> node instanceof javafx.scene.control.ProgressIndicator spinner && spinner.isIndeterminate())
                    .forEach(spinner -> spinner.setOpacity(0));
            return null;
        });
        onFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(main.getScene().snapshot(null), null), "png", file.toFile()));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(2, TimeUnit.MINUTES);
    }
}
