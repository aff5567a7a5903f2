package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.storage.DatabaseBackups;
import io.debtmeter.core.storage.DatabaseOpenException;
import io.debtmeter.core.storage.DatabaseProblem;
import io.debtmeter.core.storage.postgres.PostgresOpenException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** How a failure to open or read the database reads to a user, and which way on it offers. */
final class StoreFailures {

    private StoreFailures() {
    }

    /**
     * Our own exceptions carry a message written for the user (a database that would not open, in
     * {@code language}); anything else is named as it is.
     */
    static String messageOf(Throwable failure, Locale language) {
        if (failure instanceof DatabaseOpenException open) {
            return open.message(language);
        }
        if (failure instanceof PostgresOpenException open) {
            return open.message(language);
        }
        if (failure instanceof StoreException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return new io.debtmeter.ui.common.Texts(language).get("startup.problem.unexpected", failure);
    }

    /** A file or server database from a newer version, or a file in a place we cannot write to, can still be viewed. */
    static boolean offersReadOnly(Throwable failure) {
        return failure instanceof DatabaseOpenException open && open.offersReadOnly()
                || failure instanceof PostgresOpenException server && server.offersReadOnly();
    }

    /** A damaged file with a backup beside it: putting the newest backup in place is the way on. */
    static boolean offersRestore(Throwable failure) {
        return failure instanceof DatabaseOpenException open && open.problem() == DatabaseProblem.DAMAGED
                && hasBackup(open.file());
    }

    static boolean hasBackup(Path database) {
        try {
            return !new DatabaseBackups(Clock.systemUTC()).backupsOf(database).isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
