package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.CommandText;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answers as large cards (one per level, or per litmus option) plus "Not applicable", with the
 * carried-over notice and the "not saved" mark for the item on screen.
 */
final class LevelCards extends VBox {

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final VBox cards = new VBox();
    private final List<ChoiceCard> choiceCards = new ArrayList<>();
    private final List<AnswerChoice> choices = new ArrayList<>();
    private final HBox carriedOver = new HBox();
    private final Label unsaved = new Label();
    private final Label heading = new Label();
    private final Label placementRule = new Label();
    private final javafx.scene.control.Hyperlink placementMore = new javafx.scene.control.Hyperlink();
    private boolean placementShownInFull;
    private final Button clear = new Button();
    private ChoiceCard notApplicable;
    private ChoiceCard dontKnow;

    LevelCards(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-choices");
        getStyleClass().add("wizard-choices");
        heading.getStyleClass().add(WizardCss.SCREEN.panelTitle());
        clear.setText(texts.get("wizard.clearAnswer"));
        clear.setId("wizard-clear-answer");
        clear.setAccessibleText(texts.get("wizard.clearAnswer"));
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setOnAction(event -> viewModel.clearAnswer());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, clear);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        placementRule.setId("wizard-placement-rule");
        placementRule.getStyleClass().add(WizardCss.PLACEMENT_RULE);
        placementRule.setWrapText(true);
        placementRule.setMinHeight(Region.USE_PREF_SIZE);

        Label carriedText = new Label(texts.get("wizard.carriedOver"), AppIcon.CARRIED_OVER.create());
        carriedText.setWrapText(true);
        Button confirm = CommandText.button(texts, "wizard-confirm", "wizard.confirm", AppIcon.CHECK.create());
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setMinWidth(Button.USE_PREF_SIZE);
        confirm.setOnAction(event -> viewModel.confirmCarriedOver());
        HBox.setHgrow(carriedText, Priority.ALWAYS);
        carriedOver.getChildren().addAll(carriedText, confirm);
        carriedOver.getStyleClass().addAll(WizardCss.BANNER, WizardCss.CARRIED_OVER);
        carriedOver.setId("wizard-carried-over");

        unsaved.setId("wizard-unsaved");
        unsaved.setText(texts.get("wizard.unsaved"));
        unsaved.setGraphic(AppIcon.UNSAVED.create());
        unsaved.getStyleClass().addAll(AppCss.NOTICE_FLAG, WizardCss.UNSAVED);
        unsaved.setWrapText(true);

        cards.getStyleClass().add("choice-list");
        placementMore.setId("wizard-placement-more");
        placementMore.getStyleClass().add(Styles.SMALL);
        placementMore.setOnAction(event -> showPlacementRule(!placementShownInFull));
        placementRule.setGraphic(placementMore);
        placementRule.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        getChildren().addAll(top, placementRule, carriedOver, unsaved, cards);
        show(carriedOver, false);
        show(unsaved, false);
    }

    private void initListeners() {
        viewModel.currentProperty().addListener((obs, old, item) -> rebuild(item));
        viewModel.currentResponseProperty().addListener((obs, old, response) -> sync());
        viewModel.saving().currentUnsavedProperty().addListener((obs, old, value) -> showUnsaved());
        viewModel.sharing().conflictProperty().addListener((obs, old, conflict) -> showUnsaved());
        viewModel.currentProperty().addListener((obs, old, item) -> showUnsaved());
        viewModel.readOnlyProperty().addListener((obs, old, value) -> sync());
        rebuild(viewModel.currentProperty().get());
    }

    private void rebuild(CurrentItem item) {
        cards.getChildren().clear();
        choiceCards.clear();
        choices.clear();
        if (item == null) {
            return;
        }
        boolean litmus = item.item().kind() == ItemKind.LITMUS;
        heading.setText(texts.get(litmus ? "wizard.options" : "wizard.levels"));
        showPlacementRule(false);
        for (AnswerChoice choice : item.choices()) {
            String descriptor = litmus ? texts.get("wizard.optionScore", AnswerChoice.format(choice.value())) : choice.descriptor();
            String evidence = litmus ? "" : item.item().level(choice.value()).map(level -> level.evidence())
                    .filter(text -> !text.isBlank()).map(text -> texts.get("wizard.levelEvidence", text)).orElse("");
            ChoiceCard card = new ChoiceCard(choice.number(), choice.showsDigit() ? texts.get("wizard.keyHint", choice.digit()) : null,
                    choice.label(), descriptor, evidence, () -> choose(choice.answer()));
            card.setId("choice-" + choice.digit());
            choiceCards.add(card);
            choices.add(choice);
            cards.getChildren().add(card);
        }
        String whenNotApplicable = item.item().guidance().notApplicableWhen();
        notApplicable = new ChoiceCard("\u2013", texts.get("wizard.keyHint", "N"), texts.get("wizard.notApplicable"),
                whenNotApplicable.isBlank() ? texts.get("wizard.notApplicable.descriptor")
                        : texts.get("wizard.notApplicable.when", whenNotApplicable),
                () -> choose(new Answer.NotApplicable()));
        notApplicable.setId("choice-na");
        notApplicable.getStyleClass().add("not-applicable");
        dontKnow = new ChoiceCard("?", texts.get("wizard.keyHint", "D"), texts.get("wizard.dontKnow"),
                texts.get("wizard.dontKnow.descriptor"), () -> choose(new Answer.DontKnow()));
        dontKnow.setId("choice-dont-know");
        dontKnow.getStyleClass().add("dont-know");
        cards.getChildren().addAll(dontKnow, notApplicable);
        sync();
    }

    /**
     * The rubric's placement rule: its first sentence (which says how to choose) always, the whole rule and
     * the scale's direction on request, so the cards stay in view at 1280×800.
     */
    private void showPlacementRule(boolean inFull) {
        placementShownInFull = inFull;
        String rule = viewModel.rubric().placementRule();
        String direction = texts.get("wizard.direction");
        if (rule.isBlank()) {
            placementRule.setText(direction);
            placementMore.setVisible(false);
            placementMore.setManaged(false);
            return;
        }
        // The first sentence in the rubric's language: "." and a space in English, "。" in Japanese.
        java.text.BreakIterator sentences = java.text.BreakIterator.getSentenceInstance(texts.locale());
        sentences.setText(rule);
        int firstEnd = sentences.next();
        String summary = firstEnd == java.text.BreakIterator.DONE ? rule : rule.substring(0, firstEnd).strip();
        placementRule.setText(inFull ? texts.get("wizard.placementRule", rule, direction)
                : texts.get("wizard.placementRule", summary, texts.get("wizard.direction.short")));
        placementMore.setText(texts.get(inFull ? "wizard.placementRule.less" : "wizard.placementRule.more"));
        placementMore.setVisible(true);
        placementMore.setManaged(true);
    }

    private void choose(Answer answer) {
        viewModel.choose(answer);
        // Clicking the chosen card again changes nothing in the model, so no event comes back: resync here.
        sync();
    }

    /** Focuses the chosen card, or the first one: where the keyboard user continues. */
    void focusChoice() {
        choiceCards.stream().filter(ChoiceCard::isSelected).findFirst()
                .or(() -> notApplicable != null && notApplicable.isSelected() ? Optional.of(notApplicable) : Optional.empty())
                .or(() -> dontKnow != null && dontKnow.isSelected() ? Optional.of(dontKnow) : Optional.empty())
                .or(() -> choiceCards.stream().findFirst())
                .ifPresent(ChoiceCard::requestFocus);
    }

    private void sync() {
        ItemResponse response = viewModel.currentResponseProperty().get();
        Optional<Answer> answer = response == null ? Optional.empty() : response.answer();
        for (int i = 0; i < choiceCards.size(); i++) {
            choiceCards.get(i).setSelected(answer.isPresent() && choices.get(i).answer().equals(answer.get()));
        }
        if (notApplicable != null) {
            notApplicable.setSelected(answer.isPresent() && answer.get() instanceof Answer.NotApplicable);
            dontKnow.setSelected(answer.isPresent() && answer.get() instanceof Answer.DontKnow);
        }
        boolean readOnly = viewModel.readOnlyProperty().get();
        // Read-only, not disabled: a final assessment must stay legible on a projector.
        choiceCards.forEach(card -> card.setReadOnly(readOnly));
        if (notApplicable != null) {
            notApplicable.setReadOnly(readOnly);
            dontKnow.setReadOnly(readOnly);
        }
        clear.setDisable(readOnly || answer.isEmpty());
        show(carriedOver, response != null && response.carriedOver() && answer.isPresent());
        carriedOver.setDisable(readOnly);
    }

    /** The item's change is not saved: because it waits for a choice above (a conflict), or for a retry. */
    private void showUnsaved() {
        SharedAnswers.Conflict conflict = viewModel.sharing().conflictProperty().get();
        CurrentItem item = viewModel.currentProperty().get();
        boolean asked = conflict != null && item != null && conflict.itemId().equals(item.item().id());
        unsaved.setText(texts.get(asked ? "wizard.unsaved.conflict" : "wizard.unsaved"));
        show(unsaved, viewModel.saving().currentUnsavedProperty().get());
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
