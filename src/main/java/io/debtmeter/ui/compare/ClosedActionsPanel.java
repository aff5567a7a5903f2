package io.debtmeter.ui.compare;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.compare.ClosedAction;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.model.Assessment;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Actions done or dropped between the two assessments, each with whether its item's level moved. */
final class ClosedActionsPanel extends ComparePanel {

    ClosedActionsPanel(Comparison comparison, CompareText format) {
        Texts texts = format.texts();
        super("compare-actions", texts.get("compare.actions"));
        Assessment before = comparison.before().assessment();
        Assessment after = comparison.after().assessment();
        boolean earlierFirst = !before.date().isAfter(after.date());
        Label rule = hint(texts.get("compare.actions.rule", format.date(earlierFirst ? before.date() : after.date()),
                format.date(earlierFirst ? after.date() : before.date())));
        rule.setId("compare-actions-rule");
        getChildren().add(rule);
        if (comparison.closedActions().isEmpty()) {
            Label none = new Label(texts.get("compare.actions.none"));
            none.setId("compare-actions-none");
            none.setWrapText(true);
            getChildren().add(none);
        }
        for (ClosedAction closed : comparison.closedActions()) {
            getChildren().add(row(closed, comparison.sameTeam() ? "" : teamOf(comparison, closed), format));
        }
    }

    /** With two teams, each action says whose it is. */
    private static String teamOf(Comparison comparison, ClosedAction closed) {
        return closed.action().teamId().equals(comparison.after().assessment().teamId())
                ? comparison.after().teamName() : comparison.before().teamName();
    }

    private static HBox row(ClosedAction closed, String team, CompareText format) {
        Texts texts = format.texts();
        Label status = new Label(texts.get("compare.action.status." + closed.action().status().name()));
        status.getStyleClass().add(AppCss.STATUS_CHIP);
        status.setMinWidth(Label.USE_PREF_SIZE);
        Label text = new Label(closed.action().text());
        text.getStyleClass().add(Styles.TEXT_BOLD);
        text.setWrapText(true);
        String owner = closed.action().owner().isBlank() ? texts.get("compare.action.noOwner") : closed.action().owner();
        String details = texts.get("compare.action.meta", closed.itemTitle(), owner, format.date(closed.closedOn()));
        Label meta = new Label(team.isEmpty() ? details : texts.get("compare.action.team", team, details));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        VBox words = new VBox(2, text, meta);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        Label moved = new Label(texts.get("compare.action.item." + closed.itemChange().name()));
        moved.getStyleClass().addAll(CompareCss.DELTA_CHIP, CompareCss.of(closed.itemChange()));
        moved.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(12, status, words, moved);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(CompareCss.ROW);
        row.setAccessibleText(texts.get("compare.action.accessible", closed.action().text(), status.getText(), moved.getText()));
        return row;
    }
}
