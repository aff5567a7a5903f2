package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The quick vote: how many people chose each answer, as counts with -/+ and a bar per answer, the
 * median to settle on, and a "Discuss" flag when votes lie two or more levels apart.
 */
final class VotesPanel extends VBox {

    private final WizardViewModel viewModel;
    private final VoteState votes;
    private final Texts texts;
    private final GridPane rows = new GridPane();
    private final Label summary = new Label();
    private final Label discuss = new Label();
    private final Label asides = new Label();
    private final VBox votingSlot = new VBox();
    private final Button useMedian = new Button();
    private final Button clear = new Button();
    private final List<Label> counts = new ArrayList<>();
    private final List<Button> minusButtons = new ArrayList<>();
    private final List<Button> plusButtons = new ArrayList<>();
    private final List<Region> fills = new ArrayList<>();
    private final List<StackPane> tracks = new ArrayList<>();

    VotesPanel(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.votes = viewModel.votes();
        this.texts = texts;
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-votes");
        getStyleClass().addAll(AppCss.FRAMED_CARD, WizardCss.SCREEN.panel());
        Label title = WizardCss.SCREEN.panelTitle(texts.get("wizard.votes").toUpperCase(), AppIcon.VOTES.create());
        Label hint = new Label(texts.get("wizard.votes.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        // Presenter mode hides the hint (wizard.css) so every vote row and the footer fit the tab.
        hint.getStyleClass().add("vote-hint");
        hint.managedProperty().bind(hint.visibleProperty());
        title.setTooltip(new Tooltip(texts.get("wizard.votes.hint")));
        rows.setId("wizard-vote-rows");
        rows.setHgap(6);
        rows.setVgap(4);

        summary.setId("wizard-vote-summary");
        summary.setWrapText(true);
        asides.setId("wizard-vote-asides");
        asides.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        asides.setWrapText(true);
        votingSlot.setId("wizard-voting-slot");
        votingSlot.managedProperty().bind(votingSlot.visibleProperty());
        votingSlot.setVisible(false);
        discuss.setId("wizard-discuss");
        discuss.setGraphic(AppIcon.DISCUSS.create());
        discuss.getStyleClass().addAll(AppCss.NOTICE_FLAG, WizardCss.DISCUSS);
        discuss.setWrapText(true);
        useMedian.setId("wizard-use-median");
        useMedian.getStyleClass().add(Styles.ACCENT);
        useMedian.setMaxWidth(Double.MAX_VALUE);
        useMedian.setOnAction(event -> votes.useMedian());
        clear.setId("wizard-votes-clear");
        clear.setText(texts.get("wizard.votes.clear"));
        clear.setAccessibleText(texts.get("wizard.votes.clear"));
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(event -> votes.clearVotes());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, summary, spacer, clear);
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, votingSlot, hint, rows, footer, asides, discuss, useMedian);
    }

    /** Shows phone voting's status (count, Reveal) above the rows while voting is open; null hides it. */
    void showVoting(javafx.scene.Node strip) {
        votingSlot.getChildren().setAll(strip == null ? java.util.List.of() : java.util.List.of(strip));
        votingSlot.setVisible(strip != null);
    }

    /** Puts the focus on the first "+" (or, read-only, on the panel's first enabled button). */
    void focusFirst() {
        plusButtons.stream().filter(b -> !b.isDisabled()).findFirst().ifPresent(Button::requestFocus);
    }

    private void initListeners() {
        // Rows are built once per item and updated in place, so a focused -/+ button keeps focus.
        viewModel.currentProperty().addListener((obs, old, current) -> rebuild());
        votes.voteSpreadProperty().addListener((obs, old, spread) -> update(spread));
        viewModel.readOnlyProperty().addListener((obs, old, readOnly) -> update(votes.voteSpreadProperty().get()));
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        counts.clear();
        minusButtons.clear();
        plusButtons.clear();
        fills.clear();
        tracks.clear();
        VoteSpread spread = votes.voteSpreadProperty().get();
        if (spread == null) {
            return;
        }
        int row = 0;
        for (VoteSpread.Bar bar : spread.bars()) {
            AnswerChoice choice = bar.choice();
            // Number and bar only: labels do not fit beside the counts, and the cards carry the same numbers.
            Label number = new Label(choice.number());
            number.getStyleClass().add(WizardCss.CHOICE_NUMBER);
            number.setMinWidth(Region.USE_PREF_SIZE);
            number.setTooltip(new Tooltip(choice.label()));
            number.setAccessibleText(choice.number() + " " + choice.label());
            Button minus = voteButton("vote-minus-", choice, AppIcon.REMOVE, "wizard.votes.minus", -1);
            Label count = new Label();
            count.setId("vote-count-" + choice.digit());
            count.getStyleClass().add(WizardCss.VOTE_COUNT);
            count.setMinWidth(Region.USE_PREF_SIZE);
            Button plus = voteButton("vote-plus-", choice, AppIcon.ADD, "wizard.votes.plus", 1);
            Region fill = new Region();
            StackPane track = barOf(fill);
            GridPane.setHgrow(track, Priority.ALWAYS);
            rows.addRow(row++, number, track, minus, count, plus);
            tracks.add(track);
            counts.add(count);
            minusButtons.add(minus);
            plusButtons.add(plus);
            fills.add(fill);
        }
        update(spread);
    }

    private void update(VoteSpread spread) {
        if (spread == null || spread.bars().size() != counts.size()) {
            return;
        }
        boolean readOnly = viewModel.readOnlyProperty().get();
        int max = Math.max(1, spread.maxCount());
        for (int i = 0; i < counts.size(); i++) {
            VoteSpread.Bar bar = spread.bars().get(i);
            counts.get(i).setText(String.valueOf(bar.count()));
            counts.get(i).setAccessibleText(texts.get("wizard.votes.count", bar.count(), bar.choice().label()));
            minusButtons.get(i).setDisable(readOnly || bar.count() == 0);
            plusButtons.get(i).setDisable(readOnly);
            fills.get(i).prefWidthProperty().bind(tracks.get(i).widthProperty().multiply((double) bar.count() / max));
        }
        summary.setText(spread.total() == 0 ? texts.get("wizard.votes.none")
                : texts.get("wizard.votes.summary", spread.total(),
                spread.median().map(m -> texts.get("wizard.answer.choice", m.number(), m.label())).orElse("")));
        VoteSpread.Asides aside = spread.asides();
        asides.setText(aside.total() == 0 ? "" : texts.get("wizard.votes.asides", aside.notApplicable(), aside.dontKnow()));
        asides.setVisible(aside.total() > 0);
        asides.setManaged(aside.total() > 0);
        discuss.setText(texts.get("wizard.votes.discuss", spread.span()));
        discuss.setVisible(spread.discuss());
        discuss.setManaged(spread.discuss());
        useMedian.setVisible(spread.median().isPresent());
        useMedian.setManaged(spread.median().isPresent());
        spread.median().ifPresent(m -> {
            useMedian.setText(texts.get("wizard.votes.useMedian", m.number()));
            useMedian.setAccessibleText(texts.get("wizard.votes.useMedian.accessible", m.number(), m.label()));
        });
        useMedian.setDisable(readOnly);
        clear.setDisable(readOnly || spread.total() == 0);
    }

    private Button voteButton(String idPrefix, AnswerChoice choice, AppIcon icon, String textKey, int delta) {
        Button button = new Button(null, icon.create());
        button.setId(idPrefix + choice.digit());
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.BUTTON_OUTLINED, Styles.SMALL);
        button.setAccessibleText(texts.get(textKey, choice.number(), choice.label()));
        button.setFocusTraversable(true);
        button.setOnAction(event -> votes.addVotes(choice.voteKey(), delta));
        return button;
    }

    /** A bar as long as this answer's share of the largest count: the spread at a glance. */
    private static StackPane barOf(Region fill) {
        fill.getStyleClass().add(WizardCss.VOTE_BAR);
        fill.setMinWidth(0);
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("vote-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(40);
        track.setPrefWidth(120);
        track.setMaxWidth(Double.MAX_VALUE);
        return track;
    }
}
