package io.debtmeter.ui.compare;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.OverallDelta;
import io.debtmeter.core.analysis.compare.ScoredSide;
import io.debtmeter.core.analysis.scorecard.DebtBands;
import io.debtmeter.model.GradeBand;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The two sides (team · period · date · debt index · grade) with the overall move between them: the
 * debt index delta with its glyph and sign, and in words whether that is less or more debt.
 */
final class SummaryRow extends HBox {

    SummaryRow(Comparison comparison, CompareText format) {
        super(16);
        setId("compare-summary");
        VBox before = sideCard(comparison.before(), Side.BEFORE, format);
        VBox after = sideCard(comparison.after(), Side.AFTER, format);
        VBox overall = overall(comparison, format);
        for (VBox box : new VBox[] {before, overall, after}) {
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setPrefWidth(360);
        }
        getChildren().addAll(before, overall, after);
    }

    private static VBox sideCard(ScoredSide side, Side which, CompareText format) {
        Texts texts = format.texts();
        String id = "compare-" + which.name().toLowerCase(Locale.ROOT);
        Label caption = new Label(texts.get("compare.side." + which.name()).toUpperCase(Locale.ROOT));
        caption.getStyleClass().add(CompareCss.SIDE_CAPTION);
        Label team = wrapping(side.teamName(), id + "-team-name");
        team.getStyleClass().add(Styles.TITLE_3);
        Label when = wrapping(texts.get("compare.sideLine", side.assessment().period(), format.date(side.assessment().date()),
                side.rubric().version()), id + "-period");
        when.getStyleClass().add(Styles.TEXT_MUTED);

        Label index = new Label(format.number(side.score().debtIndex()));
        index.setId(id + "-index");
        index.getStyleClass().add(CompareCss.INDEX);
        index.setMinWidth(Label.USE_PREF_SIZE);
        index.setAccessibleText(texts.get("compare.debtIndex.accessible", index.getText()));
        String gradeText = side.score().grade().map(GradeBand::label).orElse("\u2014");
        Label grade = new Label(gradeText);
        grade.setId(id + "-grade");
        grade.getStyleClass().add(CompareCss.GRADE);
        side.score().grade().ifPresent(band -> {
            DebtBands bands = new DebtBands(side.rubric().gradeBands());
            // The scorecard's and portfolio's colour for this grade: one grade, one colour.
            grade.getStyleClass().addAll("grade-pill", "band-" + bands.colourStep(bands.ordered().indexOf(band)));
        });
        grade.setMinWidth(Label.USE_PREF_SIZE);
        grade.setAccessibleText(texts.get("compare.grade.accessible", gradeText));
        HBox numbers = new HBox(14, index, grade);
        numbers.setAlignment(Pos.CENTER_LEFT);
        Label numbersCaption = wrapping(texts.get("compare.indexAndGrade"), null);
        numbersCaption.getStyleClass().add(Styles.TEXT_MUTED);

        VBox card = new VBox(4, caption, team, when, numbers, numbersCaption);
        card.setId(id + "-card");
        card.getStyleClass().addAll(AppCss.FRAMED_CARD, CompareCss.SCREEN.panel(), CompareCss.SIDE_CARD);
        return card;
    }

    private static VBox overall(Comparison comparison, CompareText format) {
        Texts texts = format.texts();
        OverallDelta overall = comparison.overall();
        Label caption = new Label(texts.get("compare.overall").toUpperCase(Locale.ROOT));
        caption.getStyleClass().add(CompareCss.SIDE_CAPTION);
        Label delta = new Label(format.debtPoints(overall.delta()));
        delta.setId("compare-overall-delta");
        delta.getStyleClass().addAll(CompareCss.DELTA_CHIP, CompareCss.BIG_DELTA, CompareCss.of(overall.change()));
        delta.setMinWidth(Label.USE_PREF_SIZE);
        Label meaning = wrapping(texts.get("compare.overall." + overall.change().name()), "compare-overall-change");
        delta.setAccessibleText(texts.get("compare.overall.accessible", delta.getText(), meaning.getText()));
        meaning.getStyleClass().add("overall-meaning");
        Label scale = wrapping(texts.get("compare.indexScale"), null);
        scale.getStyleClass().add(Styles.TEXT_MUTED);

        VBox box = new VBox(8, caption, delta, meaning, scale);
        String rubricNote = comparison.sameRubricVersion()
                ? texts.get("compare.rubric.same", comparison.after().rubric().title(), comparison.after().rubric().version())
                : texts.get("compare.rubric.versions", comparison.before().rubric().title(), comparison.before().rubric().version(),
                comparison.after().rubric().title(), comparison.after().rubric().version());
        if (!comparison.meaningChanged().isEmpty()) {
            rubricNote += " " + texts.get("compare.rubric.meaningChanged", comparison.meaningChanged().size(),
                    comparison.meaningChanged().stream().map(d -> d.title()).collect(java.util.stream.Collectors.joining(", ")));
        }
        Label rubric = wrapping(rubricNote, "compare-rubric-note");
        rubric.getStyleClass().add(Styles.TEXT_SMALL);
        box.getChildren().add(rubric);
        box.setAlignment(Pos.TOP_CENTER);
        box.setId("compare-overall");
        box.getStyleClass().addAll(AppCss.FRAMED_CARD, CompareCss.SCREEN.panel(), "compare-overall");
        return box;
    }

    private static Label wrapping(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
