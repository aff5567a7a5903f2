package io.debtmeter.ui.shell;

import io.debtmeter.core.export.ExportFormats;
import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.about.AboutView;
import io.debtmeter.ui.browser.RubricBrowserView;
import io.debtmeter.ui.browser.RubricBrowserViewModel;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Notifications;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.Theme;
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
import io.debtmeter.ui.transfer.ExportFlow;
import io.debtmeter.ui.transfer.ImportFlow;
import io.debtmeter.ui.trends.TrendsView;
import io.debtmeter.ui.trends.TrendsViewModel;
import io.debtmeter.ui.wizard.WizardView;
import io.debtmeter.ui.wizard.WizardViewModel;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/** The window's frame: a header with the main sections, and one screen at a time beneath it. */
public final class MainView extends BorderPane {

    private final AppServices services;
    private final Texts texts;
    private final StackPane content = new StackPane();
    private final Notifications notifications = new Notifications();
    private final StylesheetKeeper stylesheets = new StylesheetKeeper();
    private final ExportFlow exports;
    private final ImportFlow imports;
    private final ToggleGroup sections = new ToggleGroup();
    private final ToggleButton teamsTab;
    private final ToggleButton rubricsTab;
    private final ToggleButton aboutTab;
    private final ToggleButton portfolioTab;
    private Theme theme;
    private final StackPane centre;
    private ScreenWarmup warmup;

    public MainView(AppServices services) {
        this(services, null);
    }

    /**
     * Opens on the Teams screen with {@code opening} (read with the store a moment ago, see
     * {@link HeadStart}) instead of reading it again, so the first frame already shows it all.
     */
    public MainView(AppServices services, TeamsViewModel.Opening opening) {
        this.services = services;
        this.texts = services.texts();
        setId("main");
        theme = Theme.remembered(services.settings());
        exports = new ExportFlow(services.store(), services.executor(),
                new ExportFormats(services.clock(), Locale.getDefault(), "Debtmeter " + appVersion()), texts,
                services.settings(), notifications, services.openFolder());
        imports = new ImportFlow(services.store(), services.executor(), texts, notifications,
                Path.of(System.getProperty("user.home")));
        teamsTab = tab("nav.teams", "nav-teams", AppIcon.TEAMS, this::showTeams);
        portfolioTab = tab("nav.portfolio", "nav-portfolio", AppIcon.PORTFOLIO, this::showPortfolio);
        rubricsTab = tab("nav.rubrics", "nav-rubrics", AppIcon.RUBRIC, this::showRubrics);
        aboutTab = tab("nav.about", "nav-about", AppIcon.SETTINGS, this::showAbout);
        setTop(new VBox(menuBar(), header()));
        centre = new StackPane(stylesheets, content, notifications);
        setCenter(centre);
        if (opening == null) {
            showTeams();
        } else {
            teamsView().show(opening);
        }
    }

    private HBox header() {
        Label name = new Label(texts.get("app.title"), AppIcon.APP.create(26));
        name.getStyleClass().add("app-name");
        Label tagline = new Label(texts.get("app.tagline"));
        tagline.getStyleClass().add("app-tagline");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(name, tagline, spacer, teamsTab, portfolioTab, rubricsTab, aboutTab, themeToggle());
        header.getStyleClass().add("app-header");
        return header;
    }

    /** File: import, export everything, the data folder, quit. On macOS it is the system menu bar. */
    private MenuBar menuBar() {
        MenuItem importItem = new MenuItem(texts.get("transfer.import.menu"), AppIcon.IMPORT.create());
        importItem.setId("menu-import");
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importItem.setDisable(services.store().isReadOnly());
        importItem.setOnAction(event -> imports.start(getScene().getWindow(), this::showTeams));
        MenuItem exportAll = new MenuItem(texts.get("menu.exportAll"), AppIcon.EXPORT.create());
        exportAll.setId("menu-export-all");
        exportAll.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportAll.setOnAction(event -> export(ExportSubject.everything(), "debtmeter-all-teams"));
        MenuItem dataFolder = new MenuItem(texts.get("menu.openDataFolder"), AppIcon.OPEN_FOLDER.create());
        dataFolder.setOnAction(event -> services.openFolder().accept(services.store().location().toAbsolutePath().getParent()));
        MenuItem quit = new MenuItem(texts.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> getScene().getWindow().hide());
        Menu file = new Menu(texts.get("menu.file"), null, importItem, exportAll, new SeparatorMenuItem(), dataFolder,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void export(ExportSubject subject, String suggestedName) {
        exports.start(getScene().getWindow(), subject, suggestedName);
    }

    private static String appVersion() {
        String version = MainView.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /** Switches light and dark at once and remembers the choice for the next start. */
    private Button themeToggle() {
        Button toggle = new Button();
        toggle.setId("theme-toggle");
        toggle.getStyleClass().addAll("flat", "button-icon");
        Runnable show = () -> {
            boolean dark = theme == Theme.DARK;
            toggle.setGraphic((dark ? AppIcon.LIGHT_MODE : AppIcon.DARK_MODE).create());
            String tip = texts.get(dark ? "theme.toLight" : "theme.toDark");
            toggle.setTooltip(new Tooltip(tip));
            toggle.setAccessibleText(tip);
        };
        toggle.setOnAction(event -> {
            theme = theme.other();
            theme.apply();
            show.run();
            try {
                theme.remember(services.settings());
            } catch (java.io.UncheckedIOException e) {
                // The theme still changes for this session; only remembering it failed.
                toggle.setTooltip(new Tooltip(e.getMessage()));
            }
        });
        show.run();
        return toggle;
    }

    private ToggleButton tab(String key, String id, AppIcon icon, Runnable show) {
        ToggleButton tab = new ToggleButton(texts.get(key), icon.create());
        tab.setId(id);
        tab.setToggleGroup(sections);
        tab.getStyleClass().add("nav-tab");
        tab.setOnAction(event -> show.run());
        return tab;
    }

    public void showTeams() {
        teamsView().load();
    }

    /** The Teams screen with one team selected. */
    public void showTeam(UUID teamId) {
        teamsView().loadAndSelect(teamId);
    }

    private TeamsViewModel teamsView() {
        select(teamsTab);
        TeamsViewModel viewModel = new TeamsViewModel(services.store(), services.catalog(), services.executor(),
                services.clock());
        TeamsView view = new TeamsView(viewModel, texts, new TeamNavigation() {
            @Override
            public void openAssessment(Assessment assessment) {
                MainView.this.openAssessment(assessment);
            }

            @Override
            public void showTrends(UUID teamId) {
                MainView.this.showTrends(teamId);
            }

            @Override
            public void compare(UUID before, UUID after) {
                MainView.this.showCompare(before, after);
            }
        });
        view.setOnExport(this::export);
        show(view);
        return viewModel;
    }

    public void showTrends(UUID teamId) {
        select(teamsTab);
        show(trendsScreen(teamId));
    }

    TrendsView trendsScreen(UUID teamId) {
        TrendsViewModel viewModel = new TrendsViewModel(services.store(), services.executor(), services.calculator(), teamId);
        TrendsView view = new TrendsView(viewModel, texts, this::openAssessment, () -> showTeam(teamId));
        view.setOnExport(this::export);
        return view;
    }

    /** The engineering manager's view: every team's latest assessment. */
    public void showPortfolio() {
        select(portfolioTab);
        show(portfolioScreen());
    }

    private PortfolioView portfolioScreen() {
        return portfolioScreen(new PortfolioViewModel(services.store(), services.executor(), services.clock()));
    }

    PortfolioView portfolioScreen(PortfolioViewModel viewModel) {
        return new PortfolioView(viewModel, texts, this::showTeam);
    }

    /**
     * Opens an assessment known only by id (a point on a trend line). If it is gone or cannot be read,
     * a failure notice says so, as the exports and imports do: a click that does nothing looks broken.
     */
    void openAssessment(UUID assessmentId) {
        services.executor().execute(() -> services.store().assessment(assessmentId),
                found -> found.ifPresentOrElse(this::openAssessment,
                        () -> notifications.failed(texts.get("app.openAssessment.missing"))),
                failure -> notifications.failed(texts.get("app.openAssessment.failed", StoreFailures.messageOf(failure))));
    }

    public void showCompare(UUID before, UUID after) {
        show(compareScreen(before, after));
    }

    /** The comparison starts reading once its screen is in the scene. */
    Screen compareScreen(UUID before, UUID after) {
        CompareViewModel viewModel = new CompareViewModel(services.store(), services.executor(), services.calculator());
        CompareView view = new CompareView(viewModel, texts, this::showTeams);
        view.setOnExport(this::export);
        return new Screen(view, () -> viewModel.compare(before, after));
    }

    /** A screen, and what it does once placed in the scene. */
    record Screen(Parent view, Runnable whenPlaced) {
        Screen(Parent view) {
            this(view, () -> { });
        }
    }

    public void showRubrics() {
        select(rubricsTab);
        HomeViewModel viewModel = new HomeViewModel(services.catalog(), services.executor());
        show(new HomeView(viewModel, texts, this::showRubric));
        viewModel.load();
    }

    public void showRubric(Rubric rubric) {
        show(new RubricBrowserView(new RubricBrowserViewModel(rubric), texts, this::showRubrics));
    }

    public void showAbout() {
        select(aboutTab);
        show(new AboutView(texts, appVersion(), services.store().location(),
                services.store().isReadOnly(), services.directories().dataFolder(),
                services.directories().userRubricsFolder(), services.openFolder()));
    }

    /** Drafts open in the wizard; final assessments as their scorecard. */
    public void openAssessment(Assessment assessment) {
        if (assessment.isFinal()) {
            showScorecard(assessment.id());
        } else {
            showWizard(assessment.id());
        }
    }

    public void showWizard(UUID assessmentId) {
        select(teamsTab);
        WizardViewModel viewModel = new WizardViewModel(services.store(), services.executor(),
                services.calculator(), assessmentId);
        show(new WizardView(viewModel, texts, this::showTeams, this::showScorecard));
    }

    public void showScorecard(UUID assessmentId) {
        select(teamsTab);
        show(scorecardScreen(assessmentId));
    }

    ScorecardView scorecardScreen(UUID assessmentId) {
        ScorecardViewModel viewModel = new ScorecardViewModel(services.store(), services.executor(),
                services.calculator(), assessmentId);
        ScorecardView view = new ScorecardView(viewModel, texts, this::showTeams, this::showWizard);
        view.setOnExport(this::export);
        return view;
    }

    private void select(ToggleButton tab) {
        sections.selectToggle(tab);
    }

    /**
     * Builds the portfolio, and the first team's trends, a comparison and a scorecard, once each,
     * unseen, while the user leaves the window alone, so that their first open is not cold
     * ({@link ScreenWarmup}). The desktop app asks for it; tests and the AOT training run do not.
     */
    public void warmScreensWhenIdle() {
        if (warmup != null) {
            return;
        }
        warmup = new ScreenWarmup(this, centre, content, stylesheets);
        warmup.start(new WarmupPlan(this, services, warmup));   // made at the first quiet moment
    }

    /** Stops a warm-up still going (the window closes, or another file opens). */
    public void stopWarmup() {
        if (warmup != null) {
            warmup.cancel();
        }
    }

    /** True while the warm-up room still holds or awaits a screen. */
    boolean isWarmingUp() {
        return warmup != null && !warmup.isFinished();
    }

    /** The window's notices (export done, import failed, ...). */
    public Notifications notifications() {
        return notifications;
    }

    private void show(Parent screen) {
        content.getChildren().setAll(screen);
        stylesheets.keepStylesheetsOf(screen);
    }

    private void show(Screen screen) {
        show(screen.view());
        screen.whenPlaced().run();
    }
}
