package io.debtmeter.core.export;

import io.debtmeter.core.platform.ProblemTexts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An export file could not be put in place. The message names the file and says what to do, in
 * English as {@link #getMessage()} or in the reader's language as {@link #message(Locale)}; the
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

    /** Words the problem in a language's problem texts. */
    @FunctionalInterface
    public interface Wording {
        String in(ProblemTexts texts);
    }

    private final Reason reason;
    private final transient Path file;
    private final transient Wording wording;

    public OutputFileException(Reason reason, Path file, Wording wording, Throwable cause) {
        super(wording.in(ProblemTexts.ENGLISH), cause);
        this.reason = reason;
        this.file = file;
        this.wording = wording;
    }

    /** The message in {@code language}: Japanese for {@code ja}, English for any other. */
    public String message(Locale language) {
        return wording.in(ProblemTexts.of(language));
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
