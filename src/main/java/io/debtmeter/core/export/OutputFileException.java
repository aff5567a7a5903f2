package io.debtmeter.core.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An export file could not be put in place. The message names the file and says what to do; the
 * reason lets the command line and the window react (the window offers to overwrite on {@link Reason#EXISTS}).
 */
public final class OutputFileException extends IOException {

    /** Why the file was not written. */
    public enum Reason {
        /** The file is already there and overwriting was not asked for. */
        EXISTS,
        /** The folder the file should go in does not exist. */
        NO_FOLDER,
        /** The folder (or the file) cannot be written. */
        NOT_WRITABLE,
        /** The target is a folder, not a file. */
        IS_FOLDER,
        /** Writing or moving failed, e.g. the disk is full. */
        FAILED
    }

    private final Reason reason;
    private final transient Path file;

    public OutputFileException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
