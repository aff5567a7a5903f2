package io.debtmeter.core.storage;

/**
 * Why a database file could not be opened. Each value carries the sentence the user reads:
 * {@code %1$s} is the file, {@code %2$s} a detail (which folder, which versions, what SQLite said).
 */
public enum DatabaseProblem {

    /** The file has content but is not an SQLite database. It was not touched. */
    NOT_SQLITE("%1$s is not a Debtmeter database (not an SQLite file); Debtmeter will not change it. Choose another file."),

    /** A file of zero bytes: nothing says it is ours, so it is not taken as a new database. It was not touched. */
    EMPTY_FILE("%1$s is an empty file (0 bytes), not a Debtmeter database; Debtmeter will not change it."
            + " Delete it, or choose another file."),

    /**
     * An SQLite database that is not Debtmeter's: another application_id, or none and no Debtmeter
     * schema history (tables, views, or nothing at all). It was not touched.
     */
    NOT_DEBTMETER("%1$s is a SQLite database of another program (%2$s); Debtmeter will not change it. Choose another file."),

    /** A reading command or a read-only open was given a path where there is no file; none was created. */
    MISSING("There is no database at %1$s; nothing was created."),

    /**
     * SQLite reports the file damaged (SQLITE_CORRUPT or SQLITE_NOTADB, or quick_check found
     * problems). Nothing is written to it; the detail names the damage and the newest backup.
     */
    DAMAGED("%1$s is damaged: %2$s"),

    /** Written by a newer Debtmeter whose schema this version does not know. It was not touched. */
    NEWER_VERSION("%1$s was written by a newer version of Debtmeter (%2$s). Open it read-only or choose another file."),

    /**
     * Opened read-only, but written by an older Debtmeter whose tables this version cannot read as they
     * are; upgrading needs one read-write open (which backs the file up first). It was not touched.
     */
    OLDER_VERSION("%1$s was written by an older version of Debtmeter (%2$s) and cannot be read as it is."
            + " Open it once without read-only to upgrade it; a backup of it is kept first."),

    /** The file or its folder cannot be written (permissions, a read-only disk, an immutable file). */
    READ_ONLY_LOCATION("Debtmeter cannot write to %1$s: %2$s. Choose another location, in a folder you can write to,"
            + " or open the file read-only."),

    /** SQLite or the file system reported that the disk is full. */
    DISK_FULL("The disk holding %1$s is full. Free some space, then try again."),

    /** Another process holds a lock longer than the busy timeout. */
    IN_USE("%1$s is in use by another program (another Debtmeter window?). Close it, then try again."),

    /** Reading waited out the busy timeout: another program holds a lock that even readers must wait for. */
    BUSY("busy: another program is writing to %1$s; try again."),

    /** Anything else: a damaged file, a folder in its place, an I/O error. */
    UNREADABLE("%1$s cannot be read: %2$s.");

    private final String template;

    DatabaseProblem(String template) {
        this.template = template;
    }

    /** The message for the user. */
    public String describe(Object file, String detail) {
        return String.format(template, file, detail == null ? "" : detail);
    }

    /** Whether opening the same file read-only is a sensible next step to offer. */
    public boolean offersReadOnly() {
        return this == NEWER_VERSION || this == READ_ONLY_LOCATION;
    }
}
