package io.debtmeter.cli;

import io.debtmeter.core.exchange.TransferProgress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of long work on standard error, one line rewritten in place ("\r"), at most four
 * times a second: "Importing  45%, 12,300 records/s". Only when a person watches: a script or a log
 * gets nothing at all. {@link #close} wipes the line before the result is printed.
 */
final class ProgressLine implements TransferProgress, AutoCloseable {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private final String label;
    /** "records/s", in the run's language. */
    private final String unit;
    private final LongSupplier nanos;
    private final long start;
    private long last;
    private boolean drawn;
    private boolean full;
    private int width;

    ProgressLine(PrintWriter err, boolean shown, String label, LongSupplier nanos) {
        this(err, shown, label, "records/s", nanos);
    }

    ProgressLine(PrintWriter err, boolean shown, String label, String unit, LongSupplier nanos) {
        this.unit = unit;
        this.err = err;
        this.shown = shown;
        this.label = label;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /** On the context's standard error, shown when it says a terminal is attached. */
    static ProgressLine of(CliContext context, String label) {
        return new ProgressLine(context.err(), context.terminal().getAsBoolean(), label,
                context.texts().get("cli.progress.unit"), System::nanoTime);
    }

    @Override
    public void update(long done, long total, long records) {
        if (!shown) {
            return;
        }
        long now = nanos.getAsLong();
        // 100% is shown once at once: a stream read ahead may be all read while its last records are still handled.
        boolean justFull = total > 0 && done >= total && !full;
        if (drawn && now - last < INTERVAL_NANOS && !justFull) {
            return;
        }
        full |= justFull;
        last = now;
        drawn = true;
        double seconds = (now - start) / 1e9;
        String percent = total > 0 ? String.format(Locale.ROOT, " %3d%%", Math.min(100, done * 100 / total)) : "";
        String line = String.format(Locale.ROOT, "%s%s, %,d %s", label, percent,
                seconds > 0 ? Math.round(records / seconds) : 0, unit);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Wipes the line, so what comes next starts at the left edge of a clean line. */
    @Override
    public void close() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
