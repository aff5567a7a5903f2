package io.debtmeter.ui.startup;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import io.debtmeter.ui.teams.AssessmentRow;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For the AOT cache's training run only ({@code installer/aot-training.sh}, with
 * {@code -Ddebtmeter.trainingTour=true}): after the home screen's first frame it opens the
 * portfolio, the first team's trends, a comparison, a scorecard and the wizard, giving each a
 * moment to load and draw, then exits. The classes these screens load then go into the AOT cache
 * too (decision 0023), so a user's first click on them no longer loads and links them from the
 * jars (measured in docs/benchmarks.md). The training run gives it a throwaway sample database.
 */
final class TrainingTour extends AnimationTimer {

    static final String PROPERTY = "debtmeter.trainingTour";
    /** Pulses each screen is given to load its data and draw (about a second at 60 frames a second). */
    private static final int PULSES_PER_SCREEN = 60;

    private final Stage stage;
    private final List<Runnable> screens = new ArrayList<>();
    private boolean planned;
    private int pulses;

    private TrainingTour(Stage stage) {
        this.stage = stage;
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Starts the tour on the main view ({@link TourStops}) now on {@code stage}'s scene, once its table has loaded. */
    static void start(Stage stage) {
        new TrainingTour(stage).start();
    }

    private void plan(Scene scene) {
        if (!(scene.getRoot() instanceof TourStops main)) {
            return;
        }
        screens.add(main::showPortfolio);
        Optional<Team> team = firstTeam(scene);
        List<Assessment> assessments = assessmentsShown(scene);
        team.ifPresent(first -> screens.add(() -> main.showTrends(first.id())));
        if (assessments.size() >= 2) {
            screens.add(() -> main.showCompare(assessments.get(1).id(), assessments.get(0).id()));
        }
        assessments.stream().filter(Assessment::isFinal).findFirst()
                .ifPresent(done -> screens.add(() -> main.showScorecard(done.id())));
        assessments.stream().filter(a -> !a.isFinal()).findFirst()
                .ifPresent(draft -> screens.add(() -> main.showWizard(draft.id())));
    }

    @Override
    public void handle(long now) {
        if (++pulses % PULSES_PER_SCREEN != 0) {
            return;
        }
        if (!planned) {
            // By now the selected team's assessments have arrived in the Teams screen's table.
            plan(stage.getScene());
            planned = true;
        }
        if (screens.isEmpty()) {
            stop();
            Platform.exit();
        } else {
            screens.remove(0).run();
        }
    }

    private static Optional<Team> firstTeam(Scene scene) {
        Node list = scene.lookup("#team-list");
        if (list instanceof ListView<?> teams && !teams.getItems().isEmpty()
                && teams.getItems().get(0) instanceof Team first) {
            return Optional.of(first);
        }
        return Optional.empty();
    }

    private static List<Assessment> assessmentsShown(Scene scene) {
        List<Assessment> result = new ArrayList<>();
        if (scene.lookup("#assessment-table") instanceof TableView<?> table) {
            for (Object row : table.getItems()) {
                if (row instanceof AssessmentRow shown) {
                    result.add(shown.assessment());
                }
            }
        }
        return result;
    }
}
