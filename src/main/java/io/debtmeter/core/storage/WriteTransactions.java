package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.StoreException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs store operations on the one connection: writes in an IMMEDIATE transaction, committed
 * (and synced, synchronous=FULL) before returning; failures rolled back and told in words.
 *
 * <p>BEGIN IMMEDIATE and COMMIT are issued as statements on an auto-commit connection rather than
 * through {@code setAutoCommit(false)}/{@code commit()}: sqlite-jdbc's {@code commit()} runs
 * "commit; begin immediate;", so a second Debtmeter grabbing the lock in between would make a
 * save that did reach the disk report a failure (after waiting out the busy timeout).
 *
 * <p>No write starts on a damaged file ({@link FileHealth}): each waits for the open's quick_check,
 * and damage met during any read or write stops all later writes.
 */
final class WriteTransactions {

    /** Work on the connection that may throw SQL errors. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** An SQL failure inside {@link #all}: the outer transaction rolls back and tells it. */
    private static final class InnerFailure extends RuntimeException {
        InnerFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private final PreparedStatements statements;
    private final Path file;
    private final boolean readOnly;
    private final FileHealth health;
    private final ProblemTexts texts;
    /** Above zero inside {@link #all}: writes join the one transaction instead of starting their own. */
    private int depth;

    /** Tells its failures in the language of {@code texts}. */
    WriteTransactions(PreparedStatements statements, Path file, boolean readOnly, FileHealth health, ProblemTexts texts) {
        this.statements = statements;
        this.file = file;
        this.readOnly = readOnly;
        this.health = health;
        this.texts = texts;
    }

    /** The language the store's messages are in. */
    ProblemTexts texts() {
        return texts;
    }

    /**
     * Runs {@code work} in one transaction. {@code action} opens the message on failure,
     * e.g. "Could not save the answer". A StoreException from the work (a rule it broke) rolls
     * back and passes through unchanged.
     */
    <T> T write(StoreAction action, Work<T> work) {
        return write(texts.get(action.key()), work);
    }

    private <T> T write(String failedAction, Work<T> work) {
        requireWritable(failedAction);
        if (depth > 0) {
            try {
                return work.run();
            } catch (SQLException e) {
                health.noteFailure(e);
                throw new InnerFailure(e);
            }
        }
        return transaction(failedAction, work);
    }

    /**
     * Runs {@code work}, which calls store methods, as one transaction: every write inside joins it,
     * so either all of them are committed or, on any failure, none. Used for commands that write
     * many things (a sample team), which must not leave half of it behind.
     */
    <T> T all(String failedAction, Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        requireWritable(failedAction);
        depth++;
        try {
            return transaction(failedAction, work::get);
        } finally {
            depth--;
        }
    }

    /**
     * BEGIN IMMEDIATE, the work, COMMIT; on any failure rolled back. An SQL failure of a write
     * joined into it ({@link InnerFailure}) is told as the failure of the whole.
     */
    private <T> T transaction(String failedAction, Work<T> work) {
        begin(failedAction);
        boolean committing = false;
        try {
            T result = work.run();
            committing = true;
            statements.commit();
            return result;
        } catch (SQLException e) {
            health.noteFailure(e);
            if (ServerStates.connectionLost(e)) {
                throw lost(failedAction, e, committing);
            }
            throw SqliteErrors.storeFailure(texts, failedAction, file, e, rollback());
        } catch (InnerFailure e) {
            if (ServerStates.connectionLost(e.getCause())) {
                throw lost(failedAction, e.getCause(), false);
            }
            throw SqliteErrors.storeFailure(texts, failedAction, file, e.getCause(), rollback());
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
    }

    /** Reads outside an explicit transaction: each statement sees the latest committed data. */
    <T> T read(StoreAction action, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            health.noteFailure(e);
            if (depth > 0) {
                throw new InnerFailure(e);
            }
            if (ServerStates.connectionLost(e)) {
                throw lost(texts.get(action.key()), e, false);
            }
            throw SqliteErrors.storeFailure(texts, texts.get(action.key()), file, e);
        }
    }

    private void requireWritable(String failedAction) {
        if (readOnly) {
            throw new StoreException(texts.get("store.readOnly", failedAction, String.valueOf(file)));
        }
        health.requireWritable(texts, failedAction);
    }

    private void begin(String failedAction) {
        try {
            statements.begin();
        } catch (SQLException e) {
            health.noteFailure(e);
            if (ServerStates.connectionLost(e)) {
                throw lost(failedAction, e, false);
            }
            throw SqliteErrors.storeFailure(texts, failedAction, file, e);
        }
    }

    /**
     * The server went away: a transaction it had not committed is undone by the server itself (the
     * connection's end rolls it back), so "nothing was changed" holds unless the commit itself was cut
     * off. The next call connects again.
     */
    private RuntimeException lost(String failedAction, SQLException e, boolean duringCommit) {
        statements.connectionLost();
        return SqliteErrors.unreachable(texts, failedAction, file, e, duringCommit);
    }

    /**
     * Whether the transaction is certainly undone. After SQLITE_FULL and some I/O errors SQLite
     * has already rolled back ("no transaction is active"): that is undone too.
     */
    private boolean rollback() {
        try {
            statements.rollback();
            return true;
        } catch (SQLException e) {
            return String.valueOf(e.getMessage()).contains("no transaction is active");
        }
    }
}
