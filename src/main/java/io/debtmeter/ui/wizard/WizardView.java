package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.Item;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.CommandText;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.UnsavedWork;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The retrospective wizard: one item per screen. Items on the left, the question and its answers in
 * the middle, and on the right last quarter's answer above tabs for the quick vote, the note and
 * evidence, and the actions: each reachable at 1280 × 800 without scrolling (Ctrl+1, 2, 3).
 * Each part is its own class (phone voting in {@link WizardVoting}, the Finish button in
 * {@link FinishRequest}); this one lays them out and owns the overlay and presenter mode.
 */
public final class WizardView extends StackPane implements WizardKeys.ViewCommands, UnsavedWork {

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final Runnable onClose;
    private final WizardHeader header;
    private final LevelCards cards;
    private final ItemSidebar sidebar;
    private final BorderPane frame = new BorderPane();
    private final ScrollPane mainScroll = new ScrollPane();
    private final SideTabs side;
    private final Overlay overlay = new Overlay();
    private final WizardVoting phoneVoting;
    private final FinishRequest finishing;
    private final Button previous = new Button();
    private final Button next = new Button();
    private final ProgressIndicator loading = new ProgressIndicator();

    public WizardView(WizardViewModel viewModel, Texts texts, Runnable onClose, Consumer<UUID> onFinished) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.onClose = onClose;
        this.header = new WizardHeader(viewModel, texts);
        this.cards = new LevelCards(viewModel, texts);
        this.sidebar = new ItemSidebar(viewModel, texts);
        this.side = new SideTabs(viewModel, texts);
        this.phoneVoting = new WizardVoting(viewModel, texts, overlay, side, cards::focusChoice);
        this.finishing = new FinishRequest(viewModel, texts, overlay, cards::focusChoice, onFinished);
        createView();
        initListeners();
    }

    private void createView() {
        WizardCss.SCREEN.applyTo(this);

        navButton(previous, "wizard-previous-item", "wizard.previousItem", AppIcon.PREVIOUS);
        navButton(next, "wizard-next-item", "wizard.nextItem", AppIcon.NEXT);
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

    private void navButton(Button button, String id, String key, AppIcon icon) {
        CommandText.apply(button, texts, id, key, icon.create());
        button.getStyleClass().add(Styles.LARGE);
    }

    private void initListeners() {
        header.close.setOnAction(event -> close());
        header.find.setOnAction(event -> find());
        header.help.setOnAction(event -> help());
        header.voting.setOnAction(event -> voting());
        phoneVoting.connect(this);
        header.presenter.selectedProperty().addListener((obs, old, on) -> setPresenter(on));
        header.finish.setOnAction(event -> finishing.request());
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

    private void onItemShown(CurrentItem current) {
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

    /** Back: changes the store has not taken are offered for keeping first, as on closing the window. */
    private void close() {
        viewModel.saveDrafts();
        if (hasUnsavedWork() && getScene() != null) {
            offerBeforeClosing(getScene().getWindow(), this::leave);
            return;
        }
        leave();
    }

    private void leave() {
        viewModel.phoneVoting().close();
        onClose.run();
    }

    // --- commands the keyboard shares with the buttons -------------------------------------------

    @Override
    public void voting() {
        phoneVoting.open();
    }

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

    // --- closing the window ---------------------------------------------------------------------

    @Override
    public boolean hasUnsavedWork() {
        return viewModel.saving().hasUnsavedChanges();
    }

    @Override
    public void offerBeforeClosing(Window owner, Runnable close) {
        new UnsavedOnClose(viewModel, texts, Clock.systemDefaultZone()).offer(owner, close);
    }
}
