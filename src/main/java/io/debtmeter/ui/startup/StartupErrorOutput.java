package io.debtmeter.ui.startup;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Holds back what is written to {@code System.err} while JavaFX starts. When its toolkit cannot
 * start, JavaFX prints stack traces of its own, some from its own threads, before the launch fails;
 * the user should read one line that says what to do instead ({@link WindowStartProblems}). Once
 * the toolkit is up what was held is passed on, late but whole, and so is everything after it, also
 * through a handler that took hold of the stream meanwhile (java.util.logging's console).
 */
public final class StartupErrorOutput extends OutputStream {

    private enum State { HOLDING, PASSING, DROPPING }

    private final PrintStream original;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private State state = State.HOLDING;

    private StartupErrorOutput(PrintStream original) {
        this.original = original;
    }

    /** Puts a holding stream in place of {@code System.err} until {@link #release} or {@link #drop}. */
    public static StartupErrorOutput hold() {
        StartupErrorOutput output = new StartupErrorOutput(System.err);
        Charset charset = System.err.charset();
        System.setErr(new PrintStream(output, true, charset));
        return output;
    }

    /** The toolkit is up (or failed in a way we cannot explain): the real stream back, with what was held. */
    public synchronized void release() {
        if (state != State.HOLDING) {
            return;
        }
        state = State.PASSING;
        System.setErr(original);
        original.write(held.toByteArray(), 0, held.size());
        original.flush();
        held.reset();
    }

    /**
     * The start failed for a reason the user is told in one line: what was held is dropped, and so
     * is what JavaFX's threads may still print until the process exits.
     */
    public synchronized void drop() {
        state = State.DROPPING;
        held.reset();
    }

    @Override
    public synchronized void write(int b) {
        switch (state) {
            case HOLDING -> held.write(b);
            case PASSING -> original.write(b);
            case DROPPING -> { }
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        switch (state) {
            case HOLDING -> held.write(bytes, offset, length);
            case PASSING -> original.write(bytes, offset, length);
            case DROPPING -> { }
        }
    }

    @Override
    public synchronized void flush() {
        if (state == State.PASSING) {
            original.flush();
        }
    }
}
