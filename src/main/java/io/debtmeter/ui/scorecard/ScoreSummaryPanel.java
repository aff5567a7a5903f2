package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.scorecard.GradeDecision;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.OptionalDouble;

/** The headline: debt index and grade, large, with the grade's meaning and whether the result is partial. */
final class ScoreSummaryPanel extends VBox {

    ScoreSummaryPanel(ScorecardViewModel viewModel, Texts texts) {
        setId("scorecard-summary");
        getStyleClass().addAll(AppCss.FRAMED_CARD, ScorecardCss.SCREEN.panel());
        ScoreResult result = viewModel.result();
        Label title = ScorecardCss.SCREEN.panelTitle(texts.get("scorecard.debtIndex").toUpperCase());

        OptionalDouble shown = viewModel.shownDebtIndex();
        Label index = new Label(DisplayNumbers.shown(shown));
        index.setId("scorecard-index");
        index.getStyleClass().add(ScorecardCss.INDEX);
        index.setAccessibleText(shown.isPresent() ? texts.get("scorecard.debtIndex.accessible", index.getText())
                : texts.get("scorecard.noScore"));
        Optional<GradeBand> grade = result.grade();
        Label gradeLabel = new Label(grade.map(GradeBand::label).orElse("\u2014"));
        gradeLabel.setId("scorecard-grade");
        gradeLabel.getStyleClass().add(ScorecardCss.GRADE);
        gradeLabel.setAccessibleText(texts.get("scorecard.grade", gradeLabel.getText()));
        gradeLabel.setMinWidth(Label.USE_PREF_SIZE);
        viewModel.gradeColourStep().ifPresent(step -> gradeLabel.getStyleClass().add(ScorecardCss.BAND_PREFIX + step));
        VBox gradeBox = new VBox(2, caption(texts.get("scorecard.gradeCaption")), gradeLabel);
        gradeBox.setAlignment(Pos.CENTER);
        HBox headline = new HBox(28, index, gradeBox);
        headline.setAlignment(Pos.CENTER_LEFT);

        Label scale = caption(texts.get("scorecard.indexScale"));
        Label meaning = new Label(grade.map(g -> texts.get("scorecard.meaning", g.label(), g.meaning()))
                .orElse(texts.get("scorecard.noScore")));
        meaning.setId("scorecard-meaning");
        meaning.setWrapText(true);
        meaning.getStyleClass().add("meaning");
        getChildren().addAll(title, headline, scale, meaning);

        viewModel.gradeDecision().ifPresent(decision -> {
            Label why = new Label(decisionText(viewModel, texts, decision));
            why.setId("scorecard-decision");
            why.setWrapText(true);
            why.getStyleClass().add("scorecard-decision");
            why.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(why);
        });

        if (result.isPartial()) {
            Label partial = new Label(texts.get("scorecard.partial", result.coverage().unanswered()), AppIcon.WARNING.create());
            partial.setId("scorecard-partial");
            partial.setWrapText(true);
            partial.getStyleClass().add(AppCss.NOTICE_FLAG);
            partial.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(partial);
        }
    }

    /** "Grade set by Monitoring (maturity 42.9): under the weakest-category rule the lowest category decides." */
    static String decisionText(ScorecardViewModel viewModel, Texts texts, GradeDecision decision) {
        String category = viewModel.categoryTitle(decision.categoryId());
        String maturity = DisplayNumbers.shown(decision.shownMaturity());
        if (decision.tiedWith().isEmpty()) {
            return texts.get("scorecard.decision", category, maturity);
        }
        String others = String.join(", ", decision.tiedWith().stream().map(viewModel::categoryTitle).toList());
        return texts.get("scorecard.decision.tied", category, maturity, others);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
