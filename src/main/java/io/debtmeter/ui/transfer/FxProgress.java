package io.debtmeter.ui.transfer;

import io.debtmeter.core.exchange.TransferProgress;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress of an import or export told from the worker thread, shown on the FX thread: at most
 * one update waits there at a time, so a fast worker never floods it. The fraction is -1
 * (indeterminate) until the size of the work is known. {@link #cancel} is the user's Cancel: the
 * worker stops at its next team and undoes what it did.
 */
final class FxProgress implements TransferProgress {

    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final AtomicLong latest = new AtomicLong(Double.doubleToLongBits(-1));
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean cancelled;

    @Override
    public void update(long done, long total, long records) {
        if (total <= 0) {
            return;
        }
        latest.set(Double.doubleToLongBits(Math.min(1.0, (double) done / total)));
        if (queued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                queued.set(false);
                fraction.set(Double.longBitsToDouble(latest.get()));
            });
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }

    /** From 0 to 1, or -1 while not known; changes on the FX thread. */
    ReadOnlyDoubleProperty fraction() {
        return fraction.getReadOnlyProperty();
    }
}
