package io.debtmeter.core.exchange;

import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The teams of an export read on a second thread, a few ahead of the one being written: reading a
 * team from the database and writing it as JSON each took about half of an export, and the machine
 * has two cores. At most {@link #AHEAD} teams wait, so memory stays bounded whatever the database's
 * size. A failure while reading is thrown by {@link #next} as it was thrown; {@link #close} stops
 * the reader after the team it is reading (it is not interrupted: a database call is not cut off).
 */
final class TeamsReadAhead<T, R> implements AutoCloseable {

    private static final int AHEAD = 2;
    private static final long WAIT_MILLIS = 50;

    /** What the reader hands over: a read team, or the failure that ended the reading. */
    private record Handed<R>(R read, Throwable failure) {
    }

    private final BlockingQueue<Handed<R>> ready = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean closed;

    TeamsReadAhead(List<T> teams, Function<T, R> read) {
        reader = Thread.ofPlatform().daemon().name("export-read-ahead").start(() -> {
            try {
                for (T team : teams) {
                    if (!hand(new Handed<>(read.apply(team), null))) {
                        return;
                    }
                }
            } catch (RuntimeException | Error e) {
                hand(new Handed<>(null, e));
            }
        });
    }

    /** Waits for room, giving up once closed; whether it was handed over. */
    private boolean hand(Handed<R> handed) {
        try {
            while (!closed) {
                if (ready.offer(handed, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next team, in the order of the list; call it once per team. */
    R next() throws InterruptedIOException {
        Handed<R> handed;
        try {
            handed = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The export was interrupted while a team was being read.");
        }
        if (handed.failure() instanceof RuntimeException e) {
            throw e;
        }
        if (handed.failure() instanceof Error e) {
            throw e;
        }
        return handed.read();
    }

    /** Stops the reader and waits for it, so no database read outlives the export. */
    @Override
    public void close() {
        closed = true;
        ready.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
