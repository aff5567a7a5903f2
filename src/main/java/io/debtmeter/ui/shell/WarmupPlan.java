package io.debtmeter.ui.shell;

import io.debtmeter.model.Assessment;
import io.debtmeter.ui.portfolio.PortfolioViewModel;

import java.util.List;
import java.util.UUID;

/**
 * Which screens the idle warm-up builds (decision 0016): the first team's comparison of its two
 * newest assessments, the scorecard of its newest final one (what a double-click on the Teams
 * screen opens) and its trends, as far as it has them; then the portfolio. Smallest first, so the
 * larger screens built later meet more code already compiled and hold the idle window's frames
 * for less time.
 *
 * <p>It runs at the warm-up's first quiet moment, not before: only then is the store asked which
 * team to warm, so nothing of this competes with the home screen's first frame.
 */
final class WarmupPlan implements Runnable {

    private final Screens screens;
    private final AppServices services;
    private final ScreenWarmup warmup;

    WarmupPlan(Screens screens, AppServices services, ScreenWarmup warmup) {
        this.screens = screens;
        this.services = services;
        this.warmup = warmup;
    }

    @Override
    public void run() {
        services.executor().execute(this::newestOfFirstTeam, newest -> {
            if (newest.size() >= 2) {
                UUID before = newest.get(1).id();
                UUID after = newest.get(0).id();
                warmup.add(() -> completeWhenBuilt(screens.compare(before, after), "#compare-actions"));
            }
            newest.stream().filter(Assessment::isFinal).findFirst().map(Assessment::id).ifPresent(done ->
                    warmup.add(() -> completeWhenBuilt(new Screen(screens.scorecard(done)),
                            "#scorecard-actions")));
            if (!newest.isEmpty()) {
                UUID team = newest.get(0).teamId();
                warmup.add(() -> completeWhenBuilt(new Screen(screens.trends(team)),
                        "#trends-heat-panel"));
            }
            warmup.add(this::portfolio);
            warmup.planComplete();
        }, failure -> {
            warmup.add(this::portfolio);
            warmup.planComplete();
        });
    }

    /** The portfolio is complete once its view model has put its last frame's rows and chart in place. */
    private ScreenWarmup.Warmable portfolio() {
        PortfolioViewModel viewModel = new PortfolioViewModel(services.store(), services.executor(), services.clock());
        return new ScreenWarmup.Warmable(new Screen(screens.portfolio(viewModel)),
                () -> !viewModel.loadingProperty().get());
    }

    /** The first team's assessments, newest first: the team the Teams screen opens on. */
    private List<Assessment> newestOfFirstTeam() {
        return services.store().teams().stream().findFirst()
                .map(team -> services.store().assessments(team.id()))
                .orElse(List.of());
    }

    /** Complete once the last part the screen builds from its data, found by id, is there. */
    private static ScreenWarmup.Warmable completeWhenBuilt(Screen screen, String lastPartId) {
        return new ScreenWarmup.Warmable(screen, () -> screen.view().lookup(lastPartId) != null);
    }
}
