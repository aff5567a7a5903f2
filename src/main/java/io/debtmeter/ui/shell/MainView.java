package io.debtmeter.ui.shell;

import io.debtmeter.core.export.ExportFormats;
import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Notifications;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.startup.TourStops;
import io.debtmeter.ui.teams.TeamsViewModel;
import io.debtmeter.ui.transfer.ExportFlow;
import io.debtmeter.ui.transfer.ImportFlow;
import io.debtmeter.ui.transfer.TransferFolder;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.UUID;

/**
 * The window's frame: a header with the main sections, and one screen at a time beneath it.
 * It navigates; {@link Screens} builds the screens, {@link FileMenu} and {@link ThemeToggle} the controls.
 */
public final class MainView extends BorderPane implements TourStops {

    private final AppServices services;
    private final Texts texts;
    private final Screens screens;
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
    private final StackPane centre;
    private ScreenWarmup warmup;
    private final DatabaseSwitch switcher;

    /** How the File menu switches the window to another database: the app's window does it; null in a bare main view. */
    public record DatabaseSwitch(Runnable connectToServer, Runnable openFile) {
    }

    public MainView(AppServices services) {
        this(services, null);
    }

    /**
     * Opens on the Teams screen with {@code opening} (read with the store a moment ago, see
     * {@link HeadStart}) instead of reading it again, so the first frame already shows it all.
     */
    public MainView(AppServices services, TeamsViewModel.Opening opening) {
        this(services, opening, null);
    }

    /** {@code switcher}: what the File menu's "Connect to a shared database…" and "Open database file…" do. */
    public MainView(AppServices services, TeamsViewModel.Opening opening, DatabaseSwitch switcher) {
        this.services = services;
        this.switcher = switcher;
        this.texts = services.texts();
        this.screens = new Screens(services, this);
        setId("main");
        TransferFolder transferFolder = new TransferFolder(services.settings(), services.directories());
        exports = new ExportFlow(services.store(), services.executor(),
                new ExportFormats(services.clock(), Locale.getDefault(), "Debtmeter " + Screens.appVersion(), texts.locale()), texts,
                transferFolder, notifications, services.openFolder());
        imports = new ImportFlow(services.store(), services.executor(), texts, notifications, transferFolder);
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
        HBox header = new HBox(name, tagline, spacer, teamsTab, portfolioTab, rubricsTab, aboutTab,
                new LanguageMenu(texts, services.settings(), notifications), new ThemeToggle(texts, services.settings()));
        header.getStyleClass().add("app-header");
        return header;
    }

    private MenuBar menuBar() {
        return FileMenu.bar(texts, services.store(), new MainFileActions(this, services, imports, switcher));
    }

    /** The screen on show (teams, wizard, …): the window asks it before closing (UnsavedWork). */
    Parent currentScreen() {
        return content.getChildren().isEmpty() ? null : (Parent) content.getChildren().getFirst();
    }

    void export(ExportSubject subject, String suggestedName) {
        exports.start(getScene().getWindow(), subject, suggestedName);
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
        TeamsViewModel viewModel = screens.teamsViewModel();
        show(screens.teams(viewModel));
        return viewModel;
    }

    @Override
    public void showTrends(UUID teamId) {
        select(teamsTab);
        show(screens.trends(teamId));
    }

    /** The engineering manager's view: every team's latest assessment. */
    @Override
    public void showPortfolio() {
        select(portfolioTab);
        show(screens.portfolio());
    }

    /**
     * Opens an assessment known only by id (a point on a trend line). If it is gone or cannot be read,
     * a failure notice says so, as the exports and imports do: a click that does nothing looks broken.
     */
    void openAssessment(UUID assessmentId) {
        services.executor().execute(() -> services.store().assessment(assessmentId),
                found -> found.ifPresentOrElse(this::openAssessment,
                        () -> notifications.failed(texts.get("app.openAssessment.missing"))),
                failure -> notifications.failed(texts.get("app.openAssessment.failed", StoreFailures.messageOf(failure, texts.locale()))));
    }

    @Override
    public void showCompare(UUID before, UUID after) {
        show(screens.compare(before, after));
    }

    public void showRubrics() {
        select(rubricsTab);
        show(screens.rubrics());
    }

    public void showRubric(Rubric rubric) {
        show(screens.rubric(rubric));
    }

    public void showAbout() {
        select(aboutTab);
        show(screens.about());
    }

    /** Drafts open in the wizard; final assessments as their scorecard. */
    public void openAssessment(Assessment assessment) {
        if (assessment.isFinal()) {
            showScorecard(assessment.id());
        } else {
            showWizard(assessment.id());
        }
    }

    @Override
    public void showWizard(UUID assessmentId) {
        select(teamsTab);
        show(screens.wizard(assessmentId));
    }

    @Override
    public void showScorecard(UUID assessmentId) {
        select(teamsTab);
        show(screens.scorecard(assessmentId));
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
        warmup.start(new WarmupPlan(screens, services, warmup));   // made at the first quiet moment
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

    /**
     * Shows, under the screens, where this window is connected ("Shared: alice@db.example.org:5432/debt ·
     * TLS require"), so a facilitator sees at a glance that the whole team's database is open.
     */
    public void showConnection(String where) {
        Label label = new Label(where, AppIcon.SHARED_DATABASE.create());
        label.setId("connection-status");
        HBox bar = new HBox(label);
        bar.getStyleClass().add("connection-status");
        setBottom(bar);
        screens.sharedDatabase(where);
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
