package io.debtmeter.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * The records of a streamed file checked and mapped on a thread of their own, in file order, while
 * the walk goes on reading the next ones and building their trees: the two halves are about the
 * same work, and the machine has two cores. Records are handed on {@link #BATCH} at a time, so the
 * thread is woken once for each batch rather than for each record (a record known by its fingerprint
 * takes less time than the waking). At most {@link #WAITING} batches wait, so memory stays bounded
 * whatever the size.
 *
 * <p>The walk {@link #drain}s before it touches anything the records change (the end of a team, the
 * end of the file): then every record handed so far is done and their changes are seen, and a
 * failure of one is thrown there, as it was thrown. After a failure the records still waiting are
 * passed over. {@link #close} (also after a failure or a cancel of the walk) stops the thread.
 */
final class RecordStage implements AutoCloseable {

    static final int BATCH = 16;
    private static final int WAITING = 4;
    private static final Runnable STOP = () -> { };

    /** Marks how far {@link #drain} waits: run even after a failure. */
    private static final class Drained implements Runnable {
        private final CountDownLatch done = new CountDownLatch(1);

        @Override
        public void run() {
            done.countDown();
        }
    }

    private final BlockingQueue<Runnable> waiting = new ArrayBlockingQueue<>(WAITING);
    private final List<Runnable> batch = new ArrayList<>(BATCH);
    private final Thread worker;
    private volatile Throwable failure;
    private volatile boolean closed;

    RecordStage(String name) {
        worker = Thread.ofPlatform().daemon().name(name).start(this::work);
    }

    private void work() {
        try {
            for (Runnable task = waiting.take(); task != STOP; task = waiting.take()) {
                if (failure == null || task instanceof Drained) {
                    try {
                        task.run();
                    } catch (RuntimeException | Error e) {
                        failure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            // Closed while waiting for work: nothing is left to do.
        }
    }

    /** Hands a record on, waiting while {@link #WAITING} batches wait. */
    void submit(Runnable record) {
        batch.add(record);
        if (batch.size() == BATCH) {
            handOnBatch();
        }
    }

    /** The records handed so far, in order; after a failure or a close the rest of the batch is passed over. */
    private void handOnBatch() {
        if (batch.isEmpty()) {
            return;
        }
        Runnable[] records = batch.toArray(Runnable[]::new);
        batch.clear();
        put(() -> {
            for (Runnable record : records) {
                if (closed) {
                    return;
                }
                record.run();
            }
        });
    }

    private void put(Runnable work) {
        try {
            waiting.put(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransferCancelledException();
        }
    }

    /** Waits until every record handed so far is done; throws the first failure among them. */
    void drain() {
        handOnBatch();
        Drained drained = new Drained();
        put(drained);
        try {
            drained.done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransferCancelledException();
        }
        switch (failure) {
            case null -> { }
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure);
        }
    }

    /** Stops the thread, passing over what still waits, and waits for it. */
    @Override
    public void close() {
        closed = true;
        batch.clear();
        waiting.clear();
        if (!waiting.offer(STOP)) {
            worker.interrupt();
        }
        ThreadEnds.awaitEnd(worker);
    }
}
