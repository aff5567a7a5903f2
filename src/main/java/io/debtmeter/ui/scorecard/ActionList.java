package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Item;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;


/** The team's actions: those raised in this assessment, then those still open from earlier ones. */
final class ActionList extends VBox {


    ActionList(ScorecardViewModel viewModel, Texts texts) {
        setId("scorecard-actions");
        getStyleClass().addAll(AppCss.FRAMED_CARD, ScorecardCss.SCREEN.panel());
        Label title = ScorecardCss.SCREEN.panelTitle(texts.get("scorecard.actions").toUpperCase());
        getChildren().add(title);
        if (viewModel.actions().isEmpty()) {
            Label none = new Label(texts.get("scorecard.actions.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
        }
        for (ActionItem action : viewModel.actions()) {
            getChildren().add(row(viewModel, texts, action));
        }
    }

    private static HBox row(ScorecardViewModel viewModel, Texts texts, ActionItem action) {
        Label status = new Label(texts.get("scorecard.action.status." + action.status().name()), iconOf(action.status()).create());
        status.getStyleClass().addAll(AppCss.STATUS_CHIP, "action-" + action.status().name().toLowerCase());
        status.setMinWidth(Label.USE_PREF_SIZE);
        Label text = new Label(action.text());
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        String item = viewModel.item(action.itemId()).map(Item::title).orElse(action.itemId());
        String owner = action.owner().isBlank() ? texts.get("scorecard.action.noOwner") : action.owner();
        String due = action.due().map(d -> " \u00b7 " + texts.get("scorecard.action.due", texts.date(d))).orElse("");
        String origin = viewModel.raisedHere(action) ? texts.get("scorecard.action.raisedHere") : texts.get("scorecard.action.earlier");
        Label meta = new Label(item + " \u00b7 " + owner + due + " \u00b7 " + origin);
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        VBox description = new VBox(2, text, meta);
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox row = new HBox(14, status, description);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(ScorecardCss.ROW);
        row.setId("scorecard-action-" + action.id());
        return row;
    }

    private static AppIcon iconOf(ActionStatus status) {
        return switch (status) {
            case OPEN -> AppIcon.NOT_SELECTED;
            case DONE -> AppIcon.CHECK;
            case DROPPED -> AppIcon.DROP;
        };
    }
}
