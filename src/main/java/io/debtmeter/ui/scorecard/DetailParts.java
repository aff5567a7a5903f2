package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.wizard.WizardIcon;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

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

    /** "5 votes" with the vote icon, beside items the team voted on. */
    static Label votes(Texts texts, int count, String id) {
        Label label = new Label(AnswerLabel.votes(texts, count), WizardIcon.VOTES.create());
        label.setId(id);
        label.getStyleClass().add(ScorecardCss.VOTE_CHIP);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
