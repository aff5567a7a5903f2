package io.debtmeter.ui.shell;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.about.AboutView;
import io.debtmeter.ui.browser.RubricBrowserView;
import io.debtmeter.ui.browser.RubricBrowserViewModel;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.compare.CompareView;
import io.debtmeter.ui.compare.CompareViewModel;
import io.debtmeter.ui.home.HomeView;
import io.debtmeter.ui.home.HomeViewModel;
import io.debtmeter.ui.portfolio.PortfolioView;
import io.debtmeter.ui.portfolio.PortfolioViewModel;
import io.debtmeter.ui.scorecard.ScorecardView;
import io.debtmeter.ui.scorecard.ScorecardViewModel;
import io.debtmeter.ui.teams.TeamNavigation;
import io.debtmeter.ui.teams.TeamsView;
import io.debtmeter.ui.teams.TeamsViewModel;
import io.debtmeter.ui.trends.TrendsView;
import io.debtmeter.ui.trends.TrendsViewModel;
import io.debtmeter.ui.wizard.WizardView;
import io.debtmeter.ui.wizard.WizardViewModel;

import java.util.UUID;

/**
 * Builds each screen with its view model from the app's services, its links wired to the
 * {@link MainView} that shows it. Building is all it does: which screen is shown is MainView's
 * business, and the warm-up ({@link WarmupPlan}) builds some of them unseen.
 */
final class Screens {

    private final AppServices services;
    private final Texts texts;
    private final MainView navigation;
    /** Where a shared database is, for About; null for a file. */
    private String sharedDatabase;

    Screens(AppServices services, MainView navigation) {
        this.services = services;
        this.texts = services.texts();
        this.navigation = navigation;
    }

    static String appVersion() {
        String version = Screens.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    TeamsViewModel teamsViewModel() {
        return new TeamsViewModel(services.store(), services.catalog(), services.executor(), services.clock(),
                texts.locale());
    }

    TeamsView teams(TeamsViewModel viewModel) {
        TeamsView view = new TeamsView(viewModel, texts, new TeamNavigation() {
            @Override
            public void openAssessment(Assessment assessment) {
                navigation.openAssessment(assessment);
            }

            @Override
            public void showTrends(UUID teamId) {
                navigation.showTrends(teamId);
            }

            @Override
            public void compare(UUID before, UUID after) {
                navigation.showCompare(before, after);
            }
        });
        view.setOnExport(navigation::export);
        return view;
    }

    TrendsView trends(UUID teamId) {
        TrendsViewModel viewModel = new TrendsViewModel(services.store(), services.executor(), services.calculator(), teamId, language());
        TrendsView view = new TrendsView(viewModel, texts, navigation::openAssessment, () -> navigation.showTeam(teamId));
        view.setOnExport(navigation::export);
        return view;
    }

    PortfolioView portfolio() {
        return portfolio(new PortfolioViewModel(services.store(), services.executor(), services.clock(), language()));
    }

    PortfolioView portfolio(PortfolioViewModel viewModel) {
        return new PortfolioView(viewModel, texts, navigation::showTeam);
    }

    /** The comparison starts reading once its screen is in the scene. */
    Screen compare(UUID before, UUID after) {
        CompareViewModel viewModel = new CompareViewModel(services.store(), services.executor(), services.calculator(), language());
        CompareView view = new CompareView(viewModel, texts, navigation::showTeams);
        view.setOnExport(navigation::export);
        return new Screen(view, () -> viewModel.compare(before, after));
    }

    /** The rubric list starts loading once its screen is in the scene. */
    Screen rubrics() {
        HomeViewModel viewModel = new HomeViewModel(services.catalog(), services.executor(), language());
        return new Screen(new HomeView(viewModel, texts, navigation::showRubric), viewModel::load);
    }

    RubricBrowserView rubric(Rubric rubric) {
        return new RubricBrowserView(new RubricBrowserViewModel(rubric.localized(language())), texts, navigation::showRubrics);
    }

    void sharedDatabase(String where) {
        this.sharedDatabase = where;
    }

    AboutView about() {
        return new AboutView(texts, appVersion(), services.store().location(), sharedDatabase,
                services.store().isReadOnly(), services.directories().dataFolder(),
                services.directories().userRubricsFolder(), services.openFolder());
    }

    WizardView wizard(UUID assessmentId) {
        WizardViewModel viewModel = new WizardViewModel(services.store(), services.executor(),
                services.calculator(), assessmentId, language());
        return new WizardView(viewModel, texts, navigation::showTeams, navigation::showScorecard);
    }

    ScorecardView scorecard(UUID assessmentId) {
        ScorecardViewModel viewModel = new ScorecardViewModel(services.store(), services.executor(),
                services.calculator(), assessmentId, language());
        ScorecardView view = new ScorecardView(viewModel, texts, navigation::showTeams, navigation::showWizard);
        view.setOnExport(navigation::export);
        return view;
    }

    /** The language rubrics are shown in: the window's, where a rubric has it (else its own English). */
    private String language() {
        return texts.locale().getLanguage();
    }
}
