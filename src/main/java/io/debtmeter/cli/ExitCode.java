package io.debtmeter.cli;

/** The documented exit codes of every command (see README, "Command line"). */
public final class ExitCode {

    public static final int OK = 0;
    /** The command line itself was wrong: unknown option, missing argument. */
    public static final int USAGE = 1;
    /** The input was read but is not acceptable: an invalid rubric, an unknown id. */
    public static final int INVALID_INPUT = 2;
    /** A file or the database could not be read or written. */
    public static final int IO_ERROR = 3;
    /** A defect in Debtmeter itself; the message asks the user to report it. */
    public static final int INTERNAL_ERROR = 4;
    /** The window cannot open here: no display, or GTK 3 missing. The commands still work. */
    public static final int WINDOW_UNAVAILABLE = 5;
    /** Another program held the database's lock longer than the wait allows; trying again may work. */
    public static final int BUSY = 6;

    private ExitCode() {
    }
}
