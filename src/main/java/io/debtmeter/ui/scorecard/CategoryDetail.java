package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.scorecard.CategoryChartRow;
import io.debtmeter.core.analysis.scorecard.ItemDetailRow;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A category in detail: its maturity and grade, its target with the editor, and each of its items
 * with level, note, votes and target. An item opens its own detail.
 */
final class CategoryDetail extends VBox implements ScorecardDetails.Refreshable {

    private final ScorecardViewModel viewModel;
    private final Texts texts;
    private final String categoryId;
    private final DetailOpener opener;
    private final CategoryTargetEditor editor;
    private final VBox items = new VBox(6);

    CategoryDetail(ScorecardViewModel viewModel, Texts texts, String categoryId, DetailOpener opener,
                   TargetStatusLabel status) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.categoryId = categoryId;
        this.opener = opener;
        getStyleClass().add("detail-body");
        CategoryChartRow row = viewModel.categoryRow(categoryId).orElseThrow();
        Label kicker = DetailParts.wrapped(texts.get("scorecard.detail.category"), "detail-kicker");
        Label title = DetailParts.wrapped(row.title(), "detail-title");
        title.setId("scorecard-detail-title");
        Label summary = DetailParts.wrapped(summaryText(row), "detail-question");
        summary.setId("scorecard-detail-summary");
        getChildren().addAll(kicker, title, summary);
        if (row.deciding()) {
            viewModel.gradeDecision().ifPresent(decision -> getChildren().add(
                    DetailParts.wrapped(ScoreSummaryPanel.decisionText(viewModel, texts, decision), "scorecard-decision")));
        }
        editor = new CategoryTargetEditor(viewModel, texts, categoryId, status);
        items.setId("scorecard-detail-items");
        getChildren().addAll(DetailParts.section(texts.get("scorecard.detail.targetTitle")), editor,
                DetailParts.section(texts.get("scorecard.detail.items")), items);
        refresh();
    }

    @Override
    public void refresh() {
        editor.refresh();
        items.getChildren().setAll(viewModel.itemRows(categoryId).stream().map(this::itemRow).toList());
    }

    private String summaryText(CategoryChartRow row) {
        String coverage = CategoryBars.coverageText(texts, row.coverage());
        if (!row.isScored()) {
            return texts.get("scorecard.detail.summary.notScored", coverage);
        }
        String maturity = DisplayNumbers.shown(row.shownMaturity().getAsDouble());
        return row.band().map(band -> texts.get("scorecard.detail.summary", maturity, band.label(), coverage))
                .orElse(maturity + " \u00b7 " + coverage);
    }

    private VBox itemRow(ItemDetailRow row) {
        String id = row.item().id();
        Label title = DetailParts.wrapped(row.item().title(), Styles.TEXT_BOLD);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label answer = new Label(AnswerLabel.withLevel(texts, viewModel.rubric(), row.item(), row.answer()));
        answer.setId("scorecard-detail-answer-" + id);
        answer.getStyleClass().add(Styles.TEXT_BOLD);
        answer.setWrapText(true);
        // A column of its own: long litmus answers wrap in it instead of squeezing the title.
        answer.setMinWidth(200);
        answer.setPrefWidth(280);
        answer.setMaxWidth(280);
        HBox head = new HBox(12, title, answer);
        head.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(head);
        box.getStyleClass().add("detail-item");
        if (!row.response().note().isBlank()) {
            box.getChildren().add(DetailParts.muted(row.response().note()));
        }
        FlowPane facts = new FlowPane(10, 4);
        facts.setAlignment(Pos.CENTER_LEFT);
        viewModel.voteSpread(id).ifPresent(spread ->
                facts.getChildren().add(DetailParts.votes(texts, spread, "scorecard-detail-votes-" + id)));
        Label target = DetailParts.wrapped(ItemTargetEditor.targetText(texts, viewModel.rubric(), row));
        target.setId("scorecard-detail-target-" + id);
        if (row.target().isEmpty()) {
            target.getStyleClass().add(Styles.TEXT_MUTED);
        }
        facts.getChildren().add(target);
        box.getChildren().add(facts);
        box.setId("scorecard-detail-item-" + id);
        Clickable.make(box, texts.get("scorecard.item.accessible", row.item().title(), answer.getText()),
                () -> opener.openItem(id));
        return box;
    }
}
