package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.wizard.VoteSpread;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.List;

/** Small labels the category and item details share. */
final class DetailParts {

    private DetailParts() {
    }

    static Label section(String text) {
        Label label = new Label(text.toUpperCase());
        label.getStyleClass().add(ScorecardCss.DETAIL_SECTION);
        return label;
    }

    static Label wrapped(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    static Label muted(String text) {
        return wrapped(text, Styles.TEXT_MUTED);
    }

    /**
     * "5 votes: 1 × 1, 3 × 2, 1 × 3" with the vote icon (how many chose each level or option, by the number
     * the wizard's cards show), then a "Discuss" flag when the votes lie as far apart as the wizard flags.
     */
    static HBox votes(Texts texts, VoteSpread spread, String id) {
        List<String> parts = spread.bars().stream().filter(bar -> bar.count() > 0)
                .map(bar -> texts.get("scorecard.item.voteLine", bar.count(), bar.choice().number())).toList();
        Label chip = new Label(texts.get("scorecard.votes.spread", spread.total(), String.join(", ", parts)),
                AppIcon.VOTES.create());
        chip.setId(id);
        chip.getStyleClass().add(ScorecardCss.VOTE_CHIP);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setAccessibleText(texts.get("scorecard.votes.accessible", spread.total(), String.join(", ", spread.bars().stream()
                .filter(bar -> bar.count() > 0)
                .map(bar -> texts.get("scorecard.item.voteLine", bar.count(), bar.choice().number() + " " + bar.choice().label()))
                .toList())));
        HBox chips = new HBox(6, chip);
        chips.setAlignment(Pos.CENTER_LEFT);
        VoteSpread.Asides asides = spread.asides();
        if (asides.total() > 0) {
            Label aside = new Label(texts.get("wizard.votes.asides", asides.notApplicable(), asides.dontKnow()));
            aside.setId(id + "-asides");
            aside.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
            aside.setWrapText(true);
            chips.getChildren().add(aside);
        }
        if (spread.discuss()) {
            Label discuss = new Label(texts.get("scorecard.discuss", spread.span()), AppIcon.DISCUSS.create());
            discuss.setId(id + "-discuss");
            discuss.getStyleClass().add(ScorecardCss.DISCUSS_CHIP);
            discuss.setMinWidth(Region.USE_PREF_SIZE);
            discuss.setAccessibleText(texts.get("scorecard.discuss.accessible", spread.span()));
            chips.getChildren().add(discuss);
        }
        return chips;
    }
}
