package io.debtmeter.cli;

/** Ends a command with a message for the user (no stack trace) and a documented exit code. */
final class CommandFailure extends RuntimeException {

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
