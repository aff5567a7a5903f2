package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.RoomState;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One event stream's inbox: holds only the newest room state not yet sent. A phone on a slow network
 * needs where the room is now, not every step in between, so older states are dropped; and as the
 * room tells listeners outside its lock, a late older state is dropped too (by its version).
 */
final class NewestState {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private RoomState pending;
    private long takenVersion = Long.MIN_VALUE;
    private boolean ended;

    void offer(RoomState state) {
        lock.lock();
        try {
            if (state.version() <= takenVersion || (pending != null && state.version() <= pending.version())) {
                return;
            }
            pending = state;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The stream is over: its phone left, or the server is closing. Wakes the waiting writer. */
    void end() {
        lock.lock();
        try {
            ended = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean ended() {
        lock.lock();
        try {
            return ended;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The newest state not yet taken, or empty when none came within {@code wait} or the stream ended
     * with nothing left to send. A state that came just before the end is still given out: when the
     * server closes, the room's last state tells the phones that voting has ended.
     */
    Optional<RoomState> take(Duration wait) throws InterruptedException {
        lock.lock();
        try {
            long left = wait.toNanos();
            while (pending == null && !ended && left > 0) {
                left = changed.awaitNanos(left);
            }
            if (pending == null) {
                return Optional.empty();
            }
            RoomState taken = pending;
            pending = null;
            takenVersion = taken.version();
            return Optional.of(taken);
        } finally {
            lock.unlock();
        }
    }
}
