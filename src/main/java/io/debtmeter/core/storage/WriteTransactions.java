package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.StoreException;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Runs store operations on the one connection: writes in an IMMEDIATE transaction, committed
 * (and synced, synchronous=FULL) before returning; failures rolled back and told in words.
 *
 * <p>BEGIN IMMEDIATE and COMMIT are issued as statements on an auto-commit connection rather than
 * through {@code setAutoCommit(false)}/{@code commit()}: sqlite-jdbc's {@code commit()} runs
 * "commit; begin immediate;", so a second Debtmeter grabbing the lock in between would make a
 * save that did reach the disk report a failure (after waiting out the busy timeout).
 */
final class WriteTransactions {

    /** Work on the connection that may throw SQL errors. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private final PreparedStatements statements;
    private final Path file;
    private final boolean readOnly;

    WriteTransactions(PreparedStatements statements, Path file, boolean readOnly) {
        this.statements = statements;
        this.file = file;
        this.readOnly = readOnly;
    }

    /**
     * Runs {@code work} in one transaction. {@code failedAction} opens the message on failure,
     * e.g. "Could not save the answer". A StoreException from the work (a rule it broke) rolls
     * back and passes through unchanged.
     */
    <T> T write(String failedAction, Work<T> work) {
        if (readOnly) {
            throw new StoreException(failedAction + ": " + file + " was opened read-only, so nothing in it can be changed.");
        }
        try {
            statements.get("BEGIN IMMEDIATE").execute();
        } catch (SQLException e) {
            throw SqliteErrors.storeFailure(failedAction, file, e);
        }
        try {
            T result = work.run();
            statements.get("COMMIT").execute();
            return result;
        } catch (SQLException e) {
            rollback();
            throw SqliteErrors.storeFailure(failedAction, file, e);
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
    }

    /** Reads outside an explicit transaction: each statement sees the latest committed data. */
    <T> T read(String failedAction, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqliteErrors.storeFailure(failedAction, file, e);
        }
    }

    /** After SQLITE_FULL and some I/O errors SQLite has already rolled back; that is fine too. */
    private void rollback() {
        try {
            statements.get("ROLLBACK").execute();
        } catch (SQLException ignored) {
            // "cannot rollback - no transaction is active": nothing is left to undo.
        }
    }
}
