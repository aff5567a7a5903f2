package io.debtmeter.core.exchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Teams produced on a second thread, a few ahead of the caller, who takes them in order with
 * {@link #next}: an export reads teams from the database there while the caller writes JSON; an
 * import reads and checks the file there while the caller compares each team with the database.
 * Each side was about half of the work, and the machine has two cores. At most {@link #AHEAD} teams
 * wait, so memory stays bounded whatever the size.
 *
 * <p>A failure of the producer is thrown by {@link #next} as it was thrown. {@link #close} (also
 * after a failure of the caller) stops the producer at its next team and waits for it: it is not
 * interrupted, so no database call or file read is cut off, and nothing it does outlives the caller.
 *
 * @param <R> what is produced (a team)
 * @param <H> what the producer returns at the end (the file's header), if anything
 */
final class ReadAhead<R, H> implements AutoCloseable {

    /** Hands each team to {@code each}, in order; returns what the caller may ask {@link #result} for. */
    @FunctionalInterface
    interface Producer<R, H> {
        H run(Consumer<R> each) throws IOException, InvalidExchangeFileException;
    }

    private static final int AHEAD = 2;
    private static final long WAIT_MILLIS = 50;

    /** A team, or the end: the producer's result or its failure. */
    private record Handed<R, H>(R team, boolean end, H result, Throwable failure) {
    }

    /** Thrown inside the producer once the caller closed: ends its walk quietly. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Handed<R, H>> ready = new ArrayBlockingQueue<>(AHEAD);
    private final Thread producer;
    private volatile boolean closed;
    private H result;

    ReadAhead(String name, Producer<R, H> produce) {
        producer = Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                H end = produce.run(team -> hand(new Handed<>(team, false, null, null)));
                hand(new Handed<>(null, true, end, null));
            } catch (Stopped stopped) {
                // The caller closed: nobody waits for the rest.
            } catch (Exception | Error e) {
                try {
                    hand(new Handed<>(null, true, null, e));
                } catch (Stopped stopped) {
                    // The caller closed meanwhile.
                }
            }
        });
    }

    /** Waits for room; once the caller closed, stops the producer. */
    private void hand(Handed<R, H> handed) {
        try {
            while (!closed) {
                if (ready.offer(handed, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Stopped();
    }

    /** The next team, or null after the last (then {@link #result} holds what the producer returned). */
    R next() throws IOException, InvalidExchangeFileException {
        Handed<R, H> handed;
        try {
            handed = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the next team.");
        }
        if (!handed.end()) {
            return handed.team();
        }
        switch (handed.failure()) {
            case null -> result = handed.result();
            case IOException e -> throw e;
            case InvalidExchangeFileException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(handed.failure());
        }
        // The end stays at the head, so asking again answers the same.
        ready.offer(handed);
        return null;
    }

    /** What the producer returned, once {@link #next} has returned null. */
    H result() {
        return result;
    }

    /** Stops the producer (if it is not done) and waits for it. */
    @Override
    public void close() {
        closed = true;
        ready.clear();
        ThreadEnds.awaitEnd(producer);
    }
}
