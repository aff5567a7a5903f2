package io.debtmeter.ui.shell;

/**
 * The window cannot open on this machine (no display, no GTK 3): a fact of the machine, not a bug.
 * The message is one line that says what is missing and what to do; the launcher prints it alone.
 */
public final class WindowUnavailableException extends RuntimeException {

    public WindowUnavailableException(String message) {
        super(message);
    }

    public WindowUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
