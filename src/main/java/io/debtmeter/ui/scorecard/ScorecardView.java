package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.model.Assessment;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.CommandText;
import io.debtmeter.ui.common.ExportButton;
import io.debtmeter.ui.common.ProblemStrip;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The scorecard of one assessment: debt index and grade, coverage and the rule used, a chart of
 * maturity per category with the team's targets, the weakest areas and the team's actions. Categories
 * and items open their detail over the page. The page is rebuilt whenever data arrives.
 */
public final class ScorecardView extends BorderPane {


    private final ScorecardViewModel viewModel;
    private final Texts texts;
    private final Runnable onClose;
    private final Consumer<UUID> onReopen;
    private final Label subtitle = new Label();
    private final Label status = new Label();
    private final ProblemStrip problem = new ProblemStrip(ScorecardCss.SCREEN);
    private final Button reopen = new Button();
    private final Button edit = new Button();
    private final ExportButton export;
    private final VBox page = new VBox();
    private final ScrollPane scroll = new ScrollPane(page);
    /** Header and page; the detail overlay lies over both and takes them out of reach while it shows. */
    private final BorderPane frame = new BorderPane();
    private final DetailOverlay overlay;
    private final ScorecardDetails details;
    private CategoryBars chart;

    public ScorecardView(ScorecardViewModel viewModel, Texts texts, Runnable onClose, Consumer<UUID> onReopen) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.onClose = onClose;
        this.onReopen = onReopen;
        this.overlay = new DetailOverlay(texts);
        this.details = new ScorecardDetails(viewModel, texts, overlay, frame);
        this.export = new ExportButton(texts, "scorecard-export", () -> Optional.ofNullable(viewModel.assessmentProperty().get())
                .map(a -> new ExportButton.Request(ExportSubject.assessment(a.id()),
                        viewModel.teamName() + "-" + a.period() + "-scorecard")));
        createView();
        initListeners();
    }

    private void createView() {
        ScorecardCss.SCREEN.applyTo(this);

        Button back = CommandText.backButton(texts, "scorecard", onClose);
        Label title = new Label(texts.get("scorecard.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        subtitle.setId("scorecard-subtitle");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        VBox titles = new VBox(0, title, subtitle);
        status.setId("scorecard-status");
        status.getStyleClass().add(AppCss.STATUS_CHIP);
        status.setMinWidth(Region.USE_PREF_SIZE);
        command(edit, "scorecard-edit", "scorecard.edit", AppIcon.EDIT);
        edit.setOnAction(event -> onReopen.accept(viewModel.assessmentId()));
        command(reopen, "scorecard-reopen", "scorecard.reopen", AppIcon.REOPEN);
        reopen.setOnAction(event -> viewModel.reopen(() -> onReopen.accept(viewModel.assessmentId())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, back, titles, status, spacer, export, edit, reopen);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(ScorecardCss.SCREEN.header());

        frame.setTop(new VBox(header, problem.node()));
        setCenter(new StackPane(frame, overlay));

        page.getStyleClass().add(ScorecardCss.SCREEN.page());
        scroll.setId("scorecard-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("scorecard-scroll");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        loading.setAccessibleText(texts.get("scorecard.loading"));
        frame.setCenter(loading);
    }

    private void command(Button button, String id, String key, AppIcon icon) {
        CommandText.apply(button, texts, id, key, icon.create());
        button.getStyleClass().add(Styles.ACCENT);
        button.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void initListeners() {
        viewModel.dataProperty().addListener((obs, old, data) -> showPage());
        viewModel.assessmentProperty().addListener((obs, old, assessment) -> showStatus(assessment));
        viewModel.loadErrorProperty().addListener((obs, old, error) -> showProblem());
        viewModel.problemProperty().addListener((obs, old, error) -> showProblem());
        reopen.disableProperty().bind(viewModel.busyProperty());
        viewModel.targets().targetsProperty().addListener((obs, old, targets) -> showTargets());
        showPage();
        showStatus(viewModel.assessmentProperty().get());
        showProblem();
    }

    private void showPage() {
        if (viewModel.dataProperty().get() == null) {
            return;
        }
        ScoreSummaryPanel summary = new ScoreSummaryPanel(viewModel, texts);
        CoveragePanel coverage = new CoveragePanel(viewModel, texts);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox.setHgrow(coverage, Priority.ALWAYS);
        summary.setPrefWidth(560);
        coverage.setPrefWidth(420);
        summary.setMaxWidth(Double.MAX_VALUE);
        coverage.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(16, summary, coverage);
        chart = new CategoryBars(viewModel, texts, details);
        page.getChildren().setAll(top, chart, new WeakestPanel(viewModel, texts, details),
                new ActionList(viewModel, texts));
        frame.setCenter(scroll);
    }

    /** A saved target moves its marker and gap, and the detail showing re-reads it. */
    private void showTargets() {
        if (chart != null) {
            chart.refresh();
        }
        details.refresh();
    }

    /** Shows "Export…", which opens the window's Export dialog for this assessment. */
    public void setOnExport(ExportButton.Handler handler) {
        export.setHandler(handler);
    }

    private void showStatus(Assessment assessment) {
        if (assessment == null) {
            return;
        }
        subtitle.setText(texts.get("scorecard.subtitle", viewModel.teamName(), assessment.period(),
                texts.date(assessment.date())));
        status.setText(texts.get(assessment.isFinal() ? "scorecard.status.final" : "scorecard.status.draft"));
        status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("final"), assessment.isFinal());
        reopen.setVisible(assessment.isFinal());
        reopen.setManaged(assessment.isFinal());
        edit.setVisible(!assessment.isFinal());
        edit.setManaged(!assessment.isFinal());
    }

    private void showProblem() {
        String error = viewModel.loadErrorProperty().get();
        String text = !error.isEmpty() ? texts.get("scorecard.loadError", error) : viewModel.problemProperty().get();
        problem.show(text);
    }
}
