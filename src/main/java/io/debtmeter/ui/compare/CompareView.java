package io.debtmeter.ui.compare;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.model.Team;
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
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/**
 * Two assessments side by side: pick a team and an assessment for each side (or swap them), then read the
 * overall move, category deltas, per-item changes with their notes, items only one rubric has, and the
 * actions closed in between. The sections below the items are rebuilt for each comparison.
 */
public final class CompareView extends BorderPane {

    private final CompareViewModel viewModel;
    private final Texts texts;
    private final Runnable onBack;
    private final CompareText format;
    private final ProblemStrip problem = new ProblemStrip(CompareCss.SCREEN);
    private final Label empty = new Label();
    private final VBox page = new VBox();
    private final ScrollPane scroll = new ScrollPane(page);
    private final ItemsPanel items;
    private final ExportButton export;
    /** Counts pages shown, so that the later frames of a page already replaced add nothing. */
    private long pages;

    public CompareView(CompareViewModel viewModel, Texts texts, Runnable onBack) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.onBack = onBack;
        this.format = new CompareText(texts);
        this.items = new ItemsPanel(viewModel, format);
        this.export = new ExportButton(texts, "compare-export", () -> Optional.ofNullable(viewModel.comparisonProperty().get())
                .map(shown -> new ExportButton.Request(
                        ExportSubject.comparison(shown.before().assessment().id(), shown.after().assessment().id()),
                        "compare-" + shown.before().teamName() + "-" + shown.before().assessment().period()
                                + "-" + shown.after().teamName() + "-" + shown.after().assessment().period())));
        createView();
        initListeners();
    }

    /** Shows "Export…", which opens the window's Export dialog for the two assessments shown. */
    public void setOnExport(ExportButton.Handler handler) {
        export.setHandler(handler);
    }

    private void createView() {
        CompareCss.SCREEN.applyTo(this);

        Button back = CommandText.backButton(texts, "compare", onBack);
        back.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(texts.get("compare.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("compare-busy");
        busy.setMaxSize(22, 22);
        busy.setAccessibleText(texts.get("compare.loading"));
        busy.visibleProperty().bind(viewModel.busyProperty());

        SidePicker before = new SidePicker(viewModel, Side.BEFORE, format);
        SidePicker after = new SidePicker(viewModel, Side.AFTER, format);
        HBox.setHgrow(before, Priority.ALWAYS);
        HBox.setHgrow(after, Priority.ALWAYS);
        Button swap = CommandText.button(texts, "compare-swap", "compare.swap", new Label("\u21C4"));
        swap.setMinWidth(Region.USE_PREF_SIZE);
        swap.disableProperty().bind(viewModel.comparisonProperty().isNull().or(viewModel.busyProperty()));
        swap.setOnAction(event -> viewModel.swap());
        Region titleSpacer = new Region();
        HBox.setHgrow(titleSpacer, Priority.ALWAYS);
        HBox titleRow = new HBox(14, back, title, busy, titleSpacer, export);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox pickers = new HBox(16, before, swap, after);
        pickers.setAlignment(Pos.BOTTOM_CENTER);
        pickers.getStyleClass().add(CompareCss.PICKERS);
        VBox header = new VBox(8, titleRow, pickers);
        header.getStyleClass().add(CompareCss.SCREEN.header());

        setTop(new VBox(header, problem.node()));

        empty.setId("compare-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        page.getStyleClass().add(CompareCss.SCREEN.page());
        scroll.setId("compare-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("compare-scroll");
        setCenter(scroll);
    }

    private void initListeners() {
        viewModel.comparisonProperty().addListener((obs, old, comparison) -> showPage());
        viewModel.errorProperty().addListener((obs, old, error) -> showProblem());
        // The pickers change just before the comparison arrives; only the empty page needs them for its wording.
        viewModel.picked(Side.BEFORE).assessmentProperty().addListener((obs, old, now) -> showEmptyReason());
        viewModel.picked(Side.AFTER).assessmentProperty().addListener((obs, old, now) -> showEmptyReason());
        showPage();
        showProblem();
    }

    /**
     * The page in three frames: the summary and category chart, then the item table, then the unmatched
     * items and closed actions (below the fold). Built in one frame, 500 teams' comparison held the FX
     * thread for 110–150 ms; in three, the longest frame was 80–100 ms (docs/benchmarks.md).
     */
    private void showPage() {
        Comparison comparison = viewModel.comparisonProperty().get();
        long shown = ++pages;
        items.refresh();
        if (comparison == null) {
            empty.setText(emptyText());
            page.getChildren().setAll(empty);
            return;
        }
        viewModel.inFrames(List.of(
                () -> page.getChildren().setAll(new SummaryRow(comparison, format), new CategoryDeltaChart(comparison.categories(), format)),
                () -> whileShown(shown, () -> page.getChildren().add(items)),
                () -> whileShown(shown, () -> page.getChildren().addAll(
                        new UnmatchedPanel(comparison, format), new ClosedActionsPanel(comparison, format)))));
    }

    private void whileShown(long shown, Runnable step) {
        if (shown == pages) {
            step.run();
        }
    }

    private void showEmptyReason() {
        if (viewModel.comparisonProperty().get() == null) {
            showPage();
        }
    }

    /** Why there is nothing to show: nothing chosen yet, or a chosen team without assessments. */
    private String emptyText() {
        for (Side side : Side.values()) {
            PickedSide picked = viewModel.picked(side);
            Team team = picked.teamProperty().get();
            if (team != null && picked.assessmentProperty().get() == null) {
                return texts.get("compare.noAssessments", team.name());
            }
        }
        return texts.get("compare.nothingYet");
    }

    private void showProblem() {
        String error = viewModel.errorProperty().get();
        problem.show(error.isEmpty() ? "" : texts.get("compare.loadError", error));
    }
}
