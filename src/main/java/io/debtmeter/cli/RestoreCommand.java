package io.debtmeter.cli;

import io.debtmeter.core.storage.DatabaseOpenException;
import io.debtmeter.core.storage.DatabaseProblem;
import io.debtmeter.core.storage.DatabaseRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Puts a backup in place of a (damaged) database; the file that was there is kept aside, never deleted. */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class RestoreCommand extends DatabaseCommand {

    @Option(names = "--from", paramLabel = "BACKUP")
    Path from;

    @Option(names = "--list")
    boolean list;

    RestoreCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Path database = database().toAbsolutePath().normalize();
        if (!list) {
            ExistingDatabase.refuseReadOnly(this, "restore");
        }
        DatabaseRestore restore = new DatabaseRestore(Clock.systemUTC());
        List<Path> backups;
        try {
            backups = restore.backupsOf(database);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, "cannot list the backups of " + database + ": " + e.getMessage());
        }
        if (backups.isEmpty()) {
            context.out().println("No backups of " + database + " in " + database.getParent().resolve("backups") + ".");
        } else {
            context.out().println("Backups of " + database + ", newest first:");
            for (Path backup : backups) {
                context.out().printf(Locale.ROOT, "  %s (%,d bytes)%n", backup, sizeOf(backup));
            }
        }
        if (list) {
            return ExitCode.OK;
        }
        if (from == null && backups.isEmpty()) {
            throw new CommandFailure(ExitCode.IO_ERROR, "there is no backup to restore; nothing was changed. Give one with"
                    + " --from BACKUP");
        }
        Path chosen = from != null ? from : backups.get(0);
        try {
            DatabaseRestore.Restored done = restore.restore(database, chosen);
            context.out().println("Restored " + done.database() + " from " + done.backup() + ".");
            done.keptAside().ifPresent(aside -> context.out().println("The file that was there is kept as " + aside + "."));
            return ExitCode.OK;
        } catch (DatabaseOpenException e) {
            int code = e.problem() == DatabaseProblem.MISSING || e.problem() == DatabaseProblem.UNREADABLE
                    ? ExitCode.IO_ERROR : ExitCode.INVALID_INPUT;
            throw new CommandFailure(code, e.getMessage() + " Nothing was changed.");
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, "could not restore " + database + " from " + chosen + ": " + e
                    + ". Check " + database.getParent() + ": the file that was there may have been moved aside, as"
                    + " " + database.getFileName() + ".damaged-<time>; nothing was deleted.");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
