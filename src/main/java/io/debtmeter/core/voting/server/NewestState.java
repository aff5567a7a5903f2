package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.RoomState;

import java.time.Duration;
import java.util.Optional;

/**
 * One event stream's inbox: holds only the newest room state not yet sent. A phone on a slow network
 * needs where the room is now, not every step in between, so older states are dropped; and as the
 * room tells listeners outside its lock, a late older state is dropped too (by its version).
 */
final class NewestState {

    private RoomState pending;
    private long takenVersion = Long.MIN_VALUE;
    private boolean ended;

    synchronized void offer(RoomState state) {
        if (state.version() <= takenVersion || (pending != null && state.version() <= pending.version())) {
            return;
        }
        pending = state;
        notifyAll();
    }

    /** The stream is over: its phone left, or the server is closing. Wakes the waiting writer. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    synchronized boolean ended() {
        return ended;
    }

    /**
     * The newest state not yet taken, or empty when none came within {@code wait} or the stream ended
     * with nothing left to send. A state that came just before the end is still given out: when the
     * server closes, the room's last state tells the phones that voting has ended.
     */
    synchronized Optional<RoomState> take(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (pending == null && !ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            wait(Math.max(1, left / 1_000_000));
        }
        if (pending == null) {
            return Optional.empty();
        }
        RoomState taken = pending;
        pending = null;
        takenVersion = taken.version();
        return Optional.of(taken);
    }
}
