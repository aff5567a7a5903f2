package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

/**
 * Why a database file could not be opened. Each value has the sentence the user reads in
 * {@code io/debtmeter/core/problems[_ja].properties}, key {@code database.NAME}: {@code {0}} is the
 * file, {@code {1}} a detail (which folder, which versions, what SQLite said).
 */
public enum DatabaseProblem {

    /** The file has content but is not an SQLite database. It was not touched. */
    NOT_SQLITE,

    /** A file of zero bytes: nothing says it is ours, so it is not taken as a new database. It was not touched. */
    EMPTY_FILE,

    /**
     * An SQLite database that is not Debtmeter's: another application_id, or none and no Debtmeter
     * schema history (tables, views, or nothing at all). It was not touched.
     */
    NOT_DEBTMETER,

    /** A reading command or a read-only open was given a path where there is no file; none was created. */
    MISSING,

    /**
     * SQLite reports the file damaged (SQLITE_CORRUPT or SQLITE_NOTADB, or quick_check found
     * problems). Nothing is written to it; the detail names the damage and the newest backup.
     */
    DAMAGED,

    /** Written by a newer Debtmeter whose schema this version does not know. It was not touched. */
    NEWER_VERSION,

    /**
     * Opened read-only, but written by an older Debtmeter whose tables this version cannot read as they
     * are; upgrading needs one read-write open (which backs the file up first). It was not touched.
     */
    OLDER_VERSION,

    /** The file or its folder cannot be written (permissions, a read-only disk, an immutable file). */
    READ_ONLY_LOCATION,

    /** SQLite or the file system reported that the disk is full. */
    DISK_FULL,

    /** Another process holds a lock longer than the busy timeout. */
    IN_USE,

    /** Reading waited out the busy timeout: another program holds a lock that even readers must wait for. */
    BUSY,

    /** Anything else: a damaged file, a folder in its place, an I/O error. */
    UNREADABLE;

    /** The message for the user, in English. */
    public String describe(Object file, String detail) {
        return describe(ProblemTexts.ENGLISH, file, detail);
    }

    /** The message for the user, in the language of {@code texts}. */
    public String describe(ProblemTexts texts, Object file, String detail) {
        return texts.get("database." + name(), String.valueOf(file), detail == null ? "" : detail);
    }

    /** Whether opening the same file read-only is a sensible next step to offer. */
    public boolean offersReadOnly() {
        return this == NEWER_VERSION || this == READ_ONLY_LOCATION;
    }
}
