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
        if (!(address() instanceof DatabaseAddress.File(Path file))) {
            throw new CommandFailure(ExitCode.USAGE, texts().get("cli.restore.server"));
        }
        Path database = file.toAbsolutePath().normalize();
        if (!list) {
            ExistingDatabase.refuseReadOnly(this, "restore");
        }
        DatabaseRestore restore = new DatabaseRestore(Clock.systemUTC());
        List<Path> backups;
        try {
            backups = restore.backupsOf(database);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, texts().get("cli.restore.cannotList", database, e.getMessage()));
        }
        if (backups.isEmpty()) {
            context.out().println(texts().get("cli.restore.none", database, database.getParent().resolve("backups")));
        } else {
            context.out().println(texts().get("cli.restore.backups", database));
            for (Path backup : backups) {
                context.out().println("  " + texts().get("cli.restore.backup", backup,
                        String.format(Locale.ROOT, "%,d", sizeOf(backup))));
            }
        }
        if (list) {
            return ExitCode.OK;
        }
        if (from == null && backups.isEmpty()) {
            throw new CommandFailure(ExitCode.IO_ERROR, texts().get("cli.restore.noBackup"));
        }
        Path chosen = from != null ? from : backups.get(0);
        try {
            DatabaseRestore.Restored done = restore.restore(database, chosen);
            context.out().println(texts().get("cli.restore.restored", done.database(), done.backup()));
            done.keptAside().ifPresent(aside -> context.out().println(texts().get("cli.restore.keptAside", aside)));
            return ExitCode.OK;
        } catch (DatabaseOpenException e) {
            int code = e.problem() == DatabaseProblem.MISSING || e.problem() == DatabaseProblem.UNREADABLE
                    ? ExitCode.IO_ERROR : ExitCode.INVALID_INPUT;
            throw new CommandFailure(code, e.message(language()) + texts().get("cli.restore.nothingChanged"));
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, texts().get("cli.restore.failed", database, chosen, e,
                    database.getParent(), database.getFileName()));
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
