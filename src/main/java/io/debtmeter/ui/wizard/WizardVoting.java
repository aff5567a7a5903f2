package io.debtmeter.ui.wizard;

import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.voting.PhoneVoting;
import io.debtmeter.ui.voting.VotingInviteCard;
import io.debtmeter.ui.voting.VotingSetupCard;
import io.debtmeter.ui.voting.VotingStrip;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;

/**
 * Phone voting on the wizard's screen: the setup and invite cards over it, the count in the votes
 * tab while voting is open, and the server stopped whenever the wizard goes.
 */
final class WizardVoting {

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final Overlay overlay;
    private final SideTabs side;
    private final Runnable focusItem;

    WizardVoting(WizardViewModel viewModel, Texts texts, Overlay overlay, SideTabs side, Runnable focusItem) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.overlay = overlay;
        this.side = side;
        this.focusItem = focusItem;
    }

    /** Follows the voting's phase and stops the server when {@code view} leaves its window. */
    void connect(Node view) {
        PhoneVotingLink.connect(viewModel, viewModel.phoneVoting(), texts);
        viewModel.phoneVoting().phaseProperty().addListener((obs, old, phase) -> onPhase(phase));
        closeWhenGone(view);
    }

    /** The setup card, or the invite once voting is open; nothing before the items load or when read only. */
    void open() {
        if (!viewModel.loadedProperty().get() || viewModel.readOnlyProperty().get()) {
            return;
        }
        PhoneVoting voting = viewModel.phoneVoting();
        if (voting.phaseProperty().get() == PhoneVoting.Phase.OPEN) {
            showInvite();
            return;
        }
        VotingSetupCard setup = new VotingSetupCard(voting, texts, overlay::close);
        overlay.show("wizard-voting-dialog", setup, focusItem);
        setup.focusOpen();
    }

    private void showInvite() {
        VotingInviteCard invite = new VotingInviteCard(viewModel.phoneVoting(), texts, overlay::close);
        overlay.show("wizard-voting-invite", invite, focusItem);
        invite.focusDone();
    }

    /** Once the server runs, the projector card replaces the setup card and the votes tab shows the count. */
    private void onPhase(PhoneVoting.Phase phase) {
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
    private void closeWhenGone(Node view) {
        ChangeListener<Boolean> windowShowing = (obs, was, showing) -> {
            if (!showing) {
                viewModel.phoneVoting().close();
            }
        };
        view.sceneProperty().addListener((obs, oldScene, scene) -> {
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
}
