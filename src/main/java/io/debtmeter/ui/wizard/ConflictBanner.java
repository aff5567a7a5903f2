package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * Asks which answer to keep when someone else saved an item this person changed too (issue 24):
 * their answer and the time they saved it, this person's beside it, and a button for each. Nothing
 * is overwritten until one is chosen; this person's answer stays marked as not saved meanwhile.
 * While it is on screen it also has the wizard look for other people's saves (a shared store only).
 */
final class ConflictBanner extends VBox {

    private static final int NOTE_SHOWN = 90;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SharedAnswers sharing;
    private final Supplier<Rubric> rubric;
    private final Texts texts;
    private final AnswerText answerText;
    private final Label title = new Label();
    private final Label theirs = new Label();
    private final Label mine = new Label();

    ConflictBanner(SharedAnswers sharing, Supplier<Rubric> rubric, Texts texts) {
        this.sharing = sharing;
        this.rubric = rubric;
        this.texts = texts;
        this.answerText = new AnswerText(texts);
        createView();
        sharing.conflictProperty().addListener((obs, old, conflict) -> show(conflict));
        show(sharing.conflictProperty().get());
        // Looking for others' saves is for as long as the wizard is on screen.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                sharing.stopLooking();
            } else {
                sharing.startLooking();
            }
        });
    }

    private void createView() {
        setId("wizard-conflict");
        getStyleClass().addAll(WizardCss.BANNER, "banner-warning", "conflict-banner");
        title.setId("wizard-conflict-title");
        title.setGraphic(AppIcon.CONFLICT.create());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        theirs.setId("wizard-conflict-theirs");
        mine.setId("wizard-conflict-mine");
        for (Label label : new Label[] {title, theirs, mine}) {
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
        }
        Button keepTheirs = new Button(texts.get("wizard.conflict.keepTheirs"));
        keepTheirs.setId("wizard-keep-theirs");
        keepTheirs.setOnAction(event -> sharing.keepTheirs());
        Button keepMine = new Button(texts.get("wizard.conflict.keepMine"));
        keepMine.setId("wizard-keep-mine");
        keepMine.getStyleClass().add(Styles.ACCENT);
        keepMine.setOnAction(event -> sharing.keepMine());
        HBox choices = new HBox(10, keepTheirs, keepMine);
        choices.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, theirs, mine, choices);
    }

    private void show(SharedAnswers.Conflict conflict) {
        setVisible(conflict != null);
        setManaged(conflict != null);
        if (conflict == null) {
            return;
        }
        title.setText(texts.get("wizard.conflict.title", conflict.itemTitle()));
        Item item = rubric.get().item(conflict.itemId()).orElse(null);
        String time = TIME.format(conflict.theirs().savedAt().atZone(ZoneId.systemDefault()));
        theirs.setText(texts.get("wizard.conflict.theirs", time, describe(item, conflict.theirs().response())));
        mine.setText(texts.get("wizard.conflict.mine", describe(item, conflict.mine())));
    }

    /** The answer as the wizard names it, and the note where there is one (its start, on one line). */
    private String describe(Item item, ItemResponse response) {
        String answer = item == null ? texts.get("wizard.answer.unknown")
                : answerText.of(item, rubric.get().scale(), response.answer());
        String note = response.note().strip().replaceAll("\\s+", " ");
        if (note.isEmpty()) {
            return answer;
        }
        String shown = note.length() > NOTE_SHOWN ? note.substring(0, NOTE_SHOWN - 1) + "\u2026" : note;
        return texts.get("wizard.conflict.withNote", answer, shown);
    }
}
