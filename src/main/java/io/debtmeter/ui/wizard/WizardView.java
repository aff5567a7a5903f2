package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.Item;
import io.debtmeter.ui.common.CommandText;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.voting.PhoneVoting;
import io.debtmeter.ui.voting.VotingInviteCard;
import io.debtmeter.ui.voting.VotingSetupCard;
import io.debtmeter.ui.voting.VotingStrip;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The retrospective wizard: one item per screen. Items on the left, the question and its answers in
 * the middle, and on the right last quarter's answer above tabs for the quick vote, the note and
 * evidence, and the actions: each reachable at 1280 × 800 without scrolling (Ctrl+1, 2, 3).
 * Each part is its own class; this one lays them out and owns the overlays and presenter mode.
 */
public final class WizardView extends StackPane implements WizardKeys.ViewCommands {

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final Runnable onClose;
    private final Consumer<UUID> onFinished;
    private final WizardHeader header;
    private final LevelCards cards;
    private final ItemSidebar sidebar;
    private final BorderPane frame = new BorderPane();
    private final ScrollPane mainScroll = new ScrollPane();
    private final SideTabs side;
    private final Overlay overlay = new Overlay();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final ProgressIndicator loading = new ProgressIndicator();

    public WizardView(WizardViewModel viewModel, Texts texts, Runnable onClose, Consumer<UUID> onFinished) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.onClose = onClose;
        this.onFinished = onFinished;
        this.header = new WizardHeader(viewModel, texts);
        this.cards = new LevelCards(viewModel, texts);
        this.sidebar = new ItemSidebar(viewModel, texts);
        this.side = new SideTabs(viewModel, texts);
        createView();
        initListeners();
    }

    private void createView() {
        WizardCss.SCREEN.applyTo(this);

        navButton(previous, "wizard-previous-item", "wizard.previousItem", WizardIcon.PREVIOUS);
        navButton(next, "wizard-next-item", "wizard.nextItem", WizardIcon.NEXT);
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(10, previous, spacer, next);
        nav.getStyleClass().add("wizard-nav");
        nav.setAlignment(Pos.CENTER_LEFT);

        VBox main = new VBox(new QuestionPane(viewModel, texts), cards, nav, new WhyPanel(viewModel, texts));
        main.getStyleClass().add(WizardCss.MAIN);
        scroll(mainScroll, main, "wizard-main-scroll");

        side.getStyleClass().add(WizardCss.SIDE);
        side.setMinWidth(Region.USE_PREF_SIZE);

        loading.setMaxSize(48, 48);
        loading.setAccessibleText(texts.get("wizard.loading"));
        frame.setTop(new VBox(header, new StatusBanner(viewModel, texts)));
        frame.setCenter(loading);
        getChildren().addAll(frame, overlay);
    }

    private static void scroll(ScrollPane pane, Node content, String id) {
        pane.setId(id);
        pane.setContent(content);
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.getStyleClass().add("wizard-scroll");
    }

    private void navButton(Button button, String id, String key, WizardIcon icon) {
        CommandText.apply(button, texts, id, key, icon.create());
        button.getStyleClass().add(Styles.LARGE);
    }

    private void initListeners() {
        header.close.setOnAction(event -> close());
        header.find.setOnAction(event -> find());
        header.help.setOnAction(event -> help());
        header.voting.setOnAction(event -> voting());
        PhoneVotingLink.connect(viewModel, viewModel.phoneVoting(), texts);
        viewModel.phoneVoting().phaseProperty().addListener((obs, old, phase) -> onVotingPhase(phase));
        closeVotingWhenGone();
        header.presenter.selectedProperty().addListener((obs, old, on) -> setPresenter(on));
        header.finish.setOnAction(event -> requestFinish());
        previous.setOnAction(event -> viewModel.previous());
        next.setOnAction(event -> viewModel.next());
        new WizardKeys(viewModel, this).install(this);

        widthProperty().addListener((obs, old, width) -> sizeSideColumn());
        viewModel.loadedProperty().addListener((obs, old, loaded) -> showContent());
        viewModel.currentProperty().addListener((obs, old, current) -> onItemShown(current));
        showContent();
        onItemShown(viewModel.currentProperty().get());
    }

    private void showContent() {
        if (viewModel.loadedProperty().get()) {
            frame.setCenter(mainScroll);
            frame.setLeft(isPresenterMode() ? null : sidebar);
            frame.setRight(side);
        }
    }

    private void onItemShown(WizardViewModel.CurrentItem current) {
        if (current == null) {
            return;
        }
        mainScroll.setVvalue(0);
        previous.setDisable(current.index() == 0);
        next.setDisable(current.index() == current.total() - 1);
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (!(focus instanceof TextInputControl) && !overlay.isShowing()) {
            cards.focusChoice();
        }
    }

    private void close() {
        viewModel.phoneVoting().close();
        viewModel.saveDrafts();
        onClose.run();
    }

    // --- phone voting ----------------------------------------------------------------------------

    @Override
    public void voting() {
        if (!viewModel.loadedProperty().get() || viewModel.readOnlyProperty().get()) {
            return;
        }
        PhoneVoting voting = viewModel.phoneVoting();
        if (voting.phaseProperty().get() == PhoneVoting.Phase.OPEN) {
            showInvite();
            return;
        }
        VotingSetupCard setup = new VotingSetupCard(voting, texts, overlay::close);
        overlay.show("wizard-voting-dialog", setup, cards::focusChoice);
        setup.focusOpen();
    }

    private void showInvite() {
        VotingInviteCard invite = new VotingInviteCard(viewModel.phoneVoting(), texts, overlay::close);
        overlay.show("wizard-voting-invite", invite, cards::focusChoice);
        invite.focusDone();
    }

    /** Once the server runs, the projector card replaces the setup card and the votes tab shows the count. */
    private void onVotingPhase(PhoneVoting.Phase phase) {
        if (phase == PhoneVoting.Phase.OPEN) {
            side.votes().showVoting(new VotingStrip(viewModel.phoneVoting(), texts, this::showInvite));
            side.show(0);
            showInvite();
        } else if (phase == PhoneVoting.Phase.CLOSED) {
            side.votes().showVoting(null);
        }
    }

    /**
     * The server must never outlive the wizard: leaving the screen (any navigation) or closing the window
     * (quitting) stops it, whichever comes first.
     */
    private void closeVotingWhenGone() {
        ChangeListener<Boolean> windowShowing = (obs, was, showing) -> {
            if (!showing) {
                viewModel.phoneVoting().close();
            }
        };
        sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene == null) {
                viewModel.phoneVoting().close();
                return;
            }
            scene.windowProperty().addListener((o, oldWindow, window) -> {
                if (oldWindow != null) {
                    oldWindow.showingProperty().removeListener(windowShowing);
                }
                if (window != null) {
                    window.showingProperty().addListener(windowShowing);
                }
            });
            if (scene.getWindow() != null) {
                scene.getWindow().showingProperty().addListener(windowShowing);
            }
        });
    }

    // --- finishing ---------------------------------------------------------------------------

    private void requestFinish() {
        viewModel.saveDrafts();
        if (viewModel.saving().hasUnsavedChanges()) {
            showMessage("wizard-finish-blocked", texts.get("wizard.finish.blocked"));
            return;
        }
        Coverage coverage = viewModel.progress().coverageProperty().get();
        int unconfirmed = viewModel.progress().unconfirmedCountProperty().get();
        if (coverage.unanswered() == 0 && unconfirmed == 0) {
            finish();
            return;
        }
        FinishContent content = new FinishContent(texts, coverage.unanswered(), unconfirmed, () -> {
            overlay.close();
            finish();
        }, overlay::close);
        overlay.show("wizard-finish-dialog", content, cards::focusChoice);
        content.focusCancel();
    }

    private void finish() {
        viewModel.finishing().finish(() -> onFinished.accept(viewModel.assessmentId()));
    }

    private void showMessage(String id, String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        Button ok = new Button(texts.get("wizard.overlay.close"));
        ok.setId(id + "-close");
        ok.setAccessibleText(texts.get("wizard.overlay.close"));
        ok.setOnAction(event -> overlay.close());
        overlay.show(id, new VBox(14, text, ok), cards::focusChoice);
        ok.requestFocus();
    }

    // --- commands the keyboard shares with the buttons -------------------------------------------

    @Override
    public void find() {
        if (!viewModel.loadedProperty().get()) {
            return;
        }
        FindContent content = new FindContent(viewModel, texts, (Item item) -> {
            overlay.close();
            viewModel.goToItem(item.id());
        });
        overlay.show("wizard-find-dialog", content, cards::focusChoice);
        content.focusField();
    }

    @Override
    public void help() {
        if (overlay.isShowing()) {
            overlay.close();
            return;
        }
        overlay.show("wizard-help-dialog", new HelpContent(texts, overlay::close), cards::focusChoice);
    }

    @Override
    public void togglePresenter() {
        header.presenter.setSelected(!header.presenter.isSelected());
    }

    /**
     * Presenter mode scales every font (and, through em sizes, the cards) by 1.5 for a projector.
     * The item list goes away to leave the room to the item; Ctrl+F still jumps anywhere.
     */
    private void setPresenter(boolean on) {
        getStyleClass().remove(WizardCss.PRESENTER);
        if (on) {
            getStyleClass().add(WizardCss.PRESENTER);
        }
        if (viewModel.loadedProperty().get()) {
            frame.setLeft(on ? null : sidebar);
        }
        sizeSideColumn();
    }

    /**
     * The right column grows with the window, more so in presenter mode where its text is 1.5x; wide
     * enough for its three tab headers and the vote rows. Set in code because a stylesheet cannot size
     * by the window's width.
     */
    private void sizeSideColumn() {
        double width = getWidth() > 0 ? getWidth() : 1280;
        double column = isPresenterMode()
                ? Math.min(width * 0.4, Math.max(460, width * 0.3))
                : Math.min(460, Math.max(360, width * 0.28));
        side.setPrefWidth(column);
    }

    @Override
    public void showTab(int index) {
        if (viewModel.loadedProperty().get()) {
            side.show(index);
        }
    }

    public boolean isPresenterMode() {
        return getStyleClass().contains(WizardCss.PRESENTER);
    }

    @Override
    public void focusItem() {
        cards.focusChoice();
    }

    @Override
    public boolean closeOverlay() {
        if (!overlay.isShowing()) {
            return false;
        }
        overlay.close();
        return true;
    }

    @Override
    public boolean overlayShowing() {
        return overlay.isShowing();
    }
}
