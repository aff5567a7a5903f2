package io.debtmeter.ui.wizard;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * The wizard's keyboard map. It filters key presses on the whole scene while the wizard is shown,
 * so shortcuts work wherever the focus is, but single-key shortcuts (digits, N, C, arrows, Enter)
 * never fire while a text field has the focus: a "3" typed into a note stays in the note.
 */
final class WizardKeys {

    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRESENTER = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination VOTING = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Ctrl+1, 2, 3 (Cmd on a Mac) open the side tabs; digits alone choose levels. */
    static final List<KeyCombination> TABS = List.of(
            new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));

    /** One line of the F1 card. */
    record HelpRow(String keys, String textKey) {
    }

    static final List<HelpRow> HELP_ROWS = List.of(
            new HelpRow("0 \u2013 4", "wizard.keys.digits"),
            new HelpRow("1 \u2013 n", "wizard.keys.litmus"),
            new HelpRow("N", "wizard.keys.notApplicable"),
            new HelpRow("D", "wizard.keys.dontKnow"),
            new HelpRow("C", "wizard.keys.confirm"),
            new HelpRow("Space", "wizard.keys.space"),
            new HelpRow("\u2192  /  Enter", "wizard.keys.next"),
            new HelpRow("\u2190", "wizard.keys.previous"),
            new HelpRow(FIND.getDisplayText(), "wizard.keys.find"),
            new HelpRow(PRESENTER.getDisplayText(), "wizard.keys.presenter"),
            new HelpRow(tabKeyText(1) + " / 2 / 3", "wizard.keys.tabs"),
            new HelpRow(VOTING.getDisplayText(), "wizard.keys.voting"),
            new HelpRow("R", "wizard.keys.reveal"),
            new HelpRow(HELP.getDisplayText(), "wizard.keys.help"),
            new HelpRow("Esc", "wizard.keys.escape"),
            new HelpRow("Tab", "wizard.keys.tab"));

    /** What the keys do that only the view can do. */
    interface ViewCommands {
        void find();

        void togglePresenter();

        void help();

        /** Opens phone voting, or shows its QR code again when it is open. */
        void voting();

        /** Opens side tab 0, 1 or 2 and focuses its first field. */
        void showTab(int index);

        /** Moves the focus from a text field back to the answers. */
        void focusItem();

        /** Closes an open overlay; false when none was open. */
        boolean closeOverlay();

        boolean overlayShowing();
    }

    private final WizardViewModel viewModel;
    private final ViewCommands view;
    private final EventHandler<KeyEvent> filter = this::handle;

    WizardKeys(WizardViewModel viewModel, ViewCommands view) {
        this.viewModel = viewModel;
        this.view = view;
    }

    /** Listens on the scene only while the given node is part of it. */
    void install(Node owner) {
        owner.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
        if (owner.getScene() != null) {
            owner.getScene().addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }

    void handle(KeyEvent event) {
        if (handled(event)) {
            event.consume();
        }
    }

    private boolean handled(KeyEvent event) {
        if (HELP.match(event)) {
            view.help();
            return true;
        }
        if (view.overlayShowing()) {
            return event.getCode() == KeyCode.ESCAPE && view.closeOverlay();
        }
        if (FIND.match(event)) {
            view.find();
            return true;
        }
        if (VOTING.match(event)) {
            view.voting();
            return true;
        }
        if (PRESENTER.match(event)) {
            view.togglePresenter();
            return true;
        }
        for (int i = 0; i < TABS.size(); i++) {
            if (TABS.get(i).match(event) || shortcutNumpad(event, i + 1)) {
                view.showTab(i);
                return true;
            }
        }
        if (isTyping(event)) {
            if (event.getCode() == KeyCode.ESCAPE) {
                view.focusItem();
                return true;
            }
            return false;
        }
        if (event.isShortcutDown() || event.isAltDown() || event.isMetaDown() || event.isControlDown() || event.isShiftDown()) {
            return false;
        }
        return single(event.getCode());
    }

    private boolean single(KeyCode code) {
        int digit = digitOf(code);
        if (digit >= 0) {
            return viewModel.chooseDigit(digit);
        }
        switch (code) {
            case N -> viewModel.markNotApplicable();
            case D -> viewModel.markDontKnow();
            case C -> viewModel.confirmCarriedOver();
            case R -> {
                if (!viewModel.phoneVoting().isOpen()) {
                    return false;
                }
                viewModel.phoneVoting().reveal();
            }
            case RIGHT, ENTER -> viewModel.next();
            case LEFT -> viewModel.previous();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** "Ctrl+1": how the tab's shortcut is written on this platform. */
    static String tabKeyText(int number) {
        return new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(number)), KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    private static boolean shortcutNumpad(KeyEvent event, int number) {
        return event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown()
                && event.getCode().isKeypadKey() && digitOf(event.getCode()) == number;
    }

    /** 0-9 on the main row and the number pad; -1 for any other key. */
    static int digitOf(KeyCode code) {
        int value = code.getCode();
        if (value >= KeyCode.DIGIT0.getCode() && value <= KeyCode.DIGIT9.getCode()) {
            return value - KeyCode.DIGIT0.getCode();
        }
        if (value >= KeyCode.NUMPAD0.getCode() && value <= KeyCode.NUMPAD9.getCode()) {
            return value - KeyCode.NUMPAD0.getCode();
        }
        return -1;
    }

    private static boolean isTyping(KeyEvent event) {
        Object source = event.getSource();
        Node focus = source instanceof Scene scene ? scene.getFocusOwner() : null;
        return focus instanceof TextInputControl || event.getTarget() instanceof TextInputControl;
    }
}
