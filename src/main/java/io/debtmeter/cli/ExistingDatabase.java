package io.debtmeter.cli;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.storage.DatabaseOpenException;
import io.debtmeter.core.storage.DatabaseProblem;
import io.debtmeter.core.storage.StoreBusyException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the database a reading command works on: {@code --db}, else the window's default one. Unlike
 * {@code sample}, reading commands never create a database: a mistyped path gets an error, not an
 * empty new file. They take no write lock, so they read while another program writes; with
 * {@code --read-only} SQLite itself opens the file read-only.
 */
final class ExistingDatabase {

    private ExistingDatabase() {
    }

    static AssessmentStore open(DatabaseCommand command) {
        DatabaseAddress address = command.address();
        if (address instanceof DatabaseAddress.File(Path file) && !Files.exists(file)) {
            throw new CommandFailure(ExitCode.IO_ERROR, command.texts().get("cli.db.missing", file.toAbsolutePath()));
        }
        try {
            return command.context.openForReading(address, command.readOnly());
        } catch (StoreException e) {
            throw failure(e);
        }
    }

    /** Waits for the check of the whole file: a plan read from a damaged file could be wrong. */
    static void requireIntact(AssessmentStore store) {
        refuseDamage(store.damage());
    }

    /**
     * For listings: a damaged file is reported rather than summarised as if sound, from the damage
     * SQLite met in the pages this command read or that the check of the whole file found already.
     * It does not wait for that check: on 500 teams × 40 assessments (231 MB) it takes 2.5 s, five
     * times the listing itself, and what is listed came from pages SQLite checked as it read them.
     */
    static void requireNoDamageSeen(AssessmentStore store) {
        refuseDamage(store.damageKnown());
    }

    private static void refuseDamage(Optional<String> damage) {
        if (damage.isPresent()) {
            throw new CommandFailure(ExitCode.IO_ERROR, damage.get());
        }
    }

    /** A lock held too long is "busy" (exit code 6: trying again may work); anything else exit code 3. */
    static CommandFailure failure(StoreException e) {
        boolean busy = e instanceof StoreBusyException || (e instanceof DatabaseOpenException open
                && (open.problem() == DatabaseProblem.BUSY || open.problem() == DatabaseProblem.IN_USE));
        return new CommandFailure(busy ? ExitCode.BUSY : ExitCode.IO_ERROR, e.getMessage());
    }

    /** Commands that write refuse {@code --read-only} rather than silently ignore it. */
    static void refuseReadOnly(DatabaseCommand command, String name) {
        if (command.readOnly()) {
            throw new CommandFailure(ExitCode.USAGE, command.texts().get("cli.readOnly.writes", name));
        }
    }
}
