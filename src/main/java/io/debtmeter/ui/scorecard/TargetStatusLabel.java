package io.debtmeter.ui.scorecard;

import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;

/**
 * Says what became of the last target save: "Saving…", "Saved" (only once the store returned), or
 * why it failed. One instance serves every detail, so its listeners live as long as the scorecard.
 */
final class TargetStatusLabel extends Label {

    private final Texts texts;
    private final TargetsModel targets;

    TargetStatusLabel(TargetsModel targets, Texts texts) {
        this.texts = texts;
        this.targets = targets;
        setId("scorecard-target-status");
        getStyleClass().add(ScorecardCss.TARGET_STATUS);
        setWrapText(true);
        targets.stateProperty().addListener((obs, old, state) -> update());
        update();
    }

    /** Input the editor refused before anything reached the store. */
    void showInvalid(String message) {
        show(message, "failed");
        setGraphic(AppIcon.WARNING.create());
    }

    void update() {
        switch (targets.stateProperty().get()) {
            case SAVING -> show(texts.get("scorecard.target.saving"), "saving");
            case SAVED -> {
                show(texts.get("scorecard.target.saved"), "saved");
                setGraphic(AppIcon.SAVED.create());
            }
            case FAILED -> {
                show(texts.get("scorecard.target.failed", targets.problemProperty().get()), "failed");
                setGraphic(AppIcon.UNSAVED.create());
            }
            default -> show("", "idle");
        }
    }

    private void show(String text, String styleClass) {
        setText(text);
        setGraphic(null);
        getStyleClass().removeAll("saving", "saved", "failed", "idle");
        getStyleClass().add(styleClass);
        setVisible(!text.isEmpty());
        setManaged(!text.isEmpty());
    }
}
