package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.StoreException;
import org.sqlite.SQLiteException;

import io.debtmeter.core.assessment.StoreUnreachableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.ToLongFunction;

/** Turns what SQLite and the file system report into the few problems a user can act on. */
final class SqliteErrors {

    // Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes add bits above 0xff.
    private static final int PERM = 3;
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int NOTADB = 26;
    private static final int AUTH = 23;

    private SqliteErrors() {
    }

    /** The first SQLite or I/O failure in the cause chain decides; anything unknown is UNREADABLE. */
    static DatabaseProblem classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return classify(sqlite.getResultCode().code & 0xff);
            }
            if (t instanceof SQLException server && ServerStates.classify(server.getSQLState()) != null) {
                return ServerStates.classify(server.getSQLState());
            }
            if (t instanceof IOException io && String.valueOf(io.getMessage()).contains("No space left")) {
                return DatabaseProblem.DISK_FULL;
            }
        }
        return DatabaseProblem.UNREADABLE;
    }

    /**
     * As {@link #classify(Throwable)}, and a plain I/O error on a disk with no space left is called
     * what it is: SQLite reports a write that found 0 bytes free as "disk I/O error", not as full.
     */
    static DatabaseProblem classify(Throwable failure, Path file) {
        return classify(failure, file, SqliteErrors::usableSpace);
    }

    /** {@code usableSpace}: bytes free on the disk holding a file, or -1 when unknown. */
    static DatabaseProblem classify(Throwable failure, Path file, ToLongFunction<Path> usableSpace) {
        DatabaseProblem problem = classify(failure);
        if (problem == DatabaseProblem.UNREADABLE && primaryCode(failure) == IOERR
                && usableSpace.applyAsLong(file) == 0) {
            return DatabaseProblem.DISK_FULL;
        }
        return problem;
    }

    private static int primaryCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return sqlite.getResultCode().code & 0xff;
            }
        }
        return -1;
    }

    private static long usableSpace(Path file) {
        try {
            Path existing = file.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    static DatabaseProblem classify(int primaryCode) {
        return switch (primaryCode) {
            case BUSY, LOCKED -> DatabaseProblem.IN_USE;
            case READONLY, PERM, AUTH -> DatabaseProblem.READ_ONLY_LOCATION;
            case FULL -> DatabaseProblem.DISK_FULL;
            case CORRUPT, NOTADB -> DatabaseProblem.DAMAGED;
            default -> DatabaseProblem.UNREADABLE;
        };
    }

    /** SQLITE_CORRUPT or SQLITE_NOTADB anywhere in the cause chain: the file itself is damaged. */
    static boolean isDamage(Throwable failure) {
        return classify(failure) == DatabaseProblem.DAMAGED;
    }

    /**
     * SQLite's own words without the driver's repetition of the code, for "cannot be read: …".
     * Flyway's messages run over several lines with advice for developers; the first two say what
     * is wrong.
     */
    static String detail(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        int paren = message.lastIndexOf(" (");
        if (failure instanceof SQLiteException && paren > 0 && message.endsWith(")")) {
            message = message.substring(paren + 2, message.length() - 1);
        }
        String[] lines = message.split("\\R");
        message = lines.length > 1 ? lines[0].strip() + " " + lines[1].strip() : lines[0];
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    /** A failed store operation, told in words: "Could not save the answer: … is in use …". */
    static StoreException storeFailure(String failedAction, Path file, SQLException e) {
        return storeFailure(ProblemTexts.ENGLISH, failedAction, file, e, true);
    }

    /** As {@link #storeFailure(String, Path, SQLException)}, in the language of {@code texts}. */
    static StoreException storeFailure(ProblemTexts texts, String failedAction, Path file, SQLException e) {
        return storeFailure(texts, failedAction, file, e, true);
    }

    /**
     * {@code rolledBack}: whether the transaction was certainly undone. "Nothing was changed" is
     * said only then.
     */
    static StoreException storeFailure(ProblemTexts texts, String failedAction, Path file, SQLException e, boolean rolledBack) {
        String shown = String.valueOf(file);
        if (!rolledBack) {
            return new StoreException(texts.get("store.notUndone", failedAction, shown, detail(e)), e);
        }
        DatabaseProblem problem = classify(e, file);
        String reason = switch (problem) {
            case DAMAGED -> FileHealth.describe(texts, file, texts.get("database.detail.sqliteReports", detail(e)));
            case IN_USE -> texts.get("store.reason.inUse", shown);
            case DISK_FULL -> texts.get("store.reason.diskFull", shown);
            case READ_ONLY_LOCATION -> texts.get("store.reason.readOnly", shown);
            default -> texts.get("store.reason.other", shown, detail(e));
        };
        String message = texts.get("store.failed", failedAction, reason);
        return problem == DatabaseProblem.IN_USE ? new StoreBusyException(message, e) : new StoreException(message, e);
    }

    /**
     * The server could not be reached while doing {@code failedAction}. {@code inDoubt}: the
     * connection broke during the commit, so the change may have been saved; a retry based on the
     * same version finds out (the same answer stored is no conflict).
     */
    static StoreUnreachableException unreachable(ProblemTexts texts, String failedAction, Path server, SQLException e,
                                                 boolean inDoubt) {
        // The driver's first sentence names what failed ("Connection to host:port refused."); the rest
        // is advice for whoever runs the server.
        String words = detail(e);
        int end = words.indexOf(". ");
        String reason = texts.get(inDoubt ? "store.reason.unreachableInDoubt" : "store.reason.unreachable",
                String.valueOf(server), end > 0 ? words.substring(0, end) : words);
        return new StoreUnreachableException(texts.get("store.failed", failedAction, reason), e);
    }
}
