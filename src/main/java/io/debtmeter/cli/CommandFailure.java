package io.debtmeter.cli;

/**
 * Ends a command with a message for the user (no stack trace) and a documented exit code. Public
 * for the launcher, whose callback that opens the window ends this way when it cannot.
 */
public final class CommandFailure extends RuntimeException {

    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
