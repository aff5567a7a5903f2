package io.debtmeter.ui.voting;

import io.debtmeter.core.voting.NetworkChoice;
import io.debtmeter.core.voting.NetworkChoices;
import io.debtmeter.core.voting.QrCode;
import io.debtmeter.core.voting.RoomState;
import io.debtmeter.core.voting.Tally;
import io.debtmeter.core.voting.VotingCode;
import io.debtmeter.core.voting.VotingItem;
import io.debtmeter.core.voting.VotingPin;
import io.debtmeter.core.voting.VotingRoom;
import io.debtmeter.core.voting.server.VotingServer;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Phone voting for one open wizard: starts the voting server on the network the facilitator picked,
 * keeps the phones on the item the wizard shows, counts who voted without saying what, and hands the
 * revealed tally to the wizard, which saves it like typed votes. The server runs only while voting is
 * open; {@link #close} (leaving the wizard, finishing, quitting) stops it and forgets every ballot.
 */
public final class PhoneVoting {

    /** Where voting stands. */
    public enum Phase { CLOSED, STARTING, OPEN }

    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.CLOSED);
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<QrCode> qrCode = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pin = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper connected = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper voted = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Tally> tally = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Consumer<RoomState> roomListener = this::roomChanged;

    private Consumer<Tally> onRevealed = revealedTally -> { };
    private VotingItem shown;
    private VotingRoom room;
    private VotingServer server;
    private long appliedVersion = -1;

    public PhoneVoting(TaskExecutor executor) {
        this.executor = executor;
    }

    /** What to do with the votes once revealed: the wizard saves them into the item's votes. */
    public void setOnRevealed(Consumer<Tally> onRevealed) {
        this.onRevealed = onRevealed;
    }

    /** Lists the networks voting could open on (off the UI thread: it asks the operating system). */
    public void findNetworks(Consumer<List<NetworkChoice>> onFound) {
        executor.execute(NetworkChoices::find, onFound, failure -> onFound.accept(List.of()));
    }

    /**
     * Opens voting on the given network, off the UI thread (binding a port is I/O). A failure (no such
     * address any more, no free port) leaves voting closed and says why in {@link #problemProperty}.
     */
    public void open(NetworkChoice network, boolean requirePin) {
        if (phase.get() != Phase.CLOSED) {
            return;
        }
        phase.set(Phase.STARTING);
        problem.set("");
        VotingRoom opening = new VotingRoom(requirePin ? VotingPin.random() : VotingPin.none());
        executor.execute(() -> VotingServer.start(opening, VotingCode.random(), network.address()),
                started -> opened(opening, started),
                failure -> {
                    phase.set(Phase.CLOSED);
                    problem.set(TaskExecutor.messageOf(failure));
                });
    }

    private void opened(VotingRoom opened, VotingServer started) {
        if (phase.get() != Phase.STARTING) {
            started.close();  // closed while it was starting
            return;
        }
        room = opened;
        server = started;
        appliedVersion = -1;
        room.addListener(roomListener);
        String url = started.address().toString();
        address.set(url);
        qrCode.set(QrCode.of(url));
        pin.set(room.pin().digits().orElse(""));
        if (shown != null) {
            room.show(shown);
        }
        roomChanged(room.state());
        phase.set(Phase.OPEN);
    }

    /** The wizard moved to this item; phones follow when voting is open. */
    public void show(VotingItem item) {
        shown = item;
        if (room != null) {
            room.show(item);
        }
    }

    /** Shows the votes on the current item and passes them on to be saved. */
    public void reveal() {
        if (room == null) {
            return;
        }
        room.reveal().ifPresent(revealedTally -> {
            tally.set(revealedTally);
            revealed.set(true);
            onRevealed.accept(revealedTally);
        });
    }

    /** A fresh round on the current item: the phones' votes are dropped and they may vote again. */
    public void voteAgain() {
        if (room != null) {
            room.voteAgain();
        }
    }

    /** Forgets every ballot and stops the server (the port closes); safe to call at any time. */
    public void close() {
        VotingServer running = server;
        VotingRoom open = room;
        server = null;
        room = null;
        if (open != null) {
            open.removeListener(roomListener);
            open.close();  // at once: from here on every vote is refused, whatever the server still does
        }
        if (running != null) {
            // Stopping the server waits for its threads: off the UI thread, and before the app exits
            // (the executor finishes queued work when the window closes).
            executor.execute(() -> {
                running.close();
                return running;
            }, stopped -> { }, failure -> { });
        }
        phase.set(Phase.CLOSED);
        address.set("");
        qrCode.set(null);
        pin.set("");
        connected.set(0);
        voted.set(0);
        revealed.set(false);
        tally.set(null);
    }

    public boolean isOpen() {
        return phase.get() == Phase.OPEN;
    }

    /** Called on a server thread when a phone votes or connects; the counts change on the UI thread. */
    private void roomChanged(RoomState state) {
        executor.onUiThread(() -> apply(state));
    }

    private synchronized void apply(RoomState state) {
        if (state.version() <= appliedVersion || room == null) {
            return;
        }
        appliedVersion = state.version();
        connected.set(state.connected());
        voted.set(state.voted());
        revealed.set(state.isRevealed());
        tally.set(state.revealed().orElse(null));
    }

    /** The item the phones show now, if voting is open. */
    public Optional<VotingItem> shownItem() {
        return room == null ? Optional.empty() : room.state().item();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QrCode> qrCodeProperty() {
        return qrCode.getReadOnlyProperty();
    }

    /** The PIN phones must type, empty when none is required. */
    public ReadOnlyStringProperty pinProperty() {
        return pin.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** How many phones voted on the current item; never what, until revealed. */
    public ReadOnlyIntegerProperty votedProperty() {
        return voted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** The current item's revealed votes, with the first names people chose to give; null before the reveal. */
    public ReadOnlyObjectProperty<Tally> tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
