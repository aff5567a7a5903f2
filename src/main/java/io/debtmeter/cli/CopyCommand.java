package io.debtmeter.cli;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.exchange.ExchangeExporter;
import io.debtmeter.core.exchange.ExchangeImporter;
import io.debtmeter.core.exchange.ImportPlan;
import io.debtmeter.core.exchange.PlanOutdatedException;
import io.debtmeter.core.platform.PrivateFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Copies everything from one database to another, file or server, in either direction (issue 24):
 * an export of the whole of {@code --from} to a private temporary exchange file, then an import of
 * it into {@code --to}, with import's merge by id, so copying twice changes nothing. Both steps
 * stream, one team at a time; the temporary file is deleted whatever happens.
 */
@Command(name = "copy", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class CopyCommand extends DatabaseCommand {

    @Option(names = "--from", required = true, paramLabel = "DB")
    DatabaseAddress from;

    @Option(names = "--to", required = true, paramLabel = "DB")
    DatabaseAddress to;

    CopyCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ExistingDatabase.refuseReadOnly(this, "copy");
        if (parent != null && parent.database != null) {
            throw new CommandFailure(ExitCode.USAGE, texts().get("cli.copy.noDb"));
        }
        if (same(from, to)) {
            throw new CommandFailure(ExitCode.USAGE, texts().get("cli.copy.same", from));
        }
        if (from instanceof DatabaseAddress.File(Path file) && !Files.exists(file)) {
            throw new CommandFailure(ExitCode.IO_ERROR, texts().get("cli.db.missing", file.toAbsolutePath()));
        }
        Path exchange = null;
        int[] teamsCopied = {0};
        try {
            exchange = temporaryFile();
            exportEverything(exchange);
            ImportPlan plan;
            boolean applied = false;
            try (AssessmentStore store = context.open(to)) {
                // Writing into a damaged database would spread the damage.
                ExistingDatabase.requireIntact(store);
                ExchangeImporter importer = new ExchangeImporter(store, language());
                Path file = exchange;
                try (ProgressLine progress = ProgressLine.of(context, texts().get("cli.copy.checking", to))) {
                    plan = ExchangeFiles.reading(context, file, texts().get("cli.copy.nothingDone"),
                            () -> importer.plan(file, progress));
                }
                if (plan.changesSomething()) {
                    try (ProgressLine progress = ProgressLine.of(context, texts().get("cli.copy.writing", to))) {
                        // One transaction per team: the shared database's write lock is never held for long.
                        importer.applyEachTeamApart(plan, progress, copied -> teamsCopied[0] = copied);
                    }
                    applied = true;
                }
            }
            ImportCommand.printCounts(context, plan);
            context.out().println(texts().get(applied ? "cli.copy.copied" : "cli.copy.nothingToCopy", from, to));
            return ExitCode.OK;
        } catch (PlanOutdatedException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, teamsCopied[0] == 0 ? texts().get("cli.copy.outdated", to)
                    : texts().get("cli.copy.outdatedPartly", to, String.valueOf(teamsCopied[0])));
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new CommandFailure(ExitCode.IO_ERROR, texts().get("cli.copy.temporaryFile", cause.getMessage()));
        } catch (StoreException e) {
            throw partly(ExistingDatabase.failure(e), teamsCopied[0]);
        } finally {
            deleteQuietly(exchange);
        }
    }

    /**
     * A failure after some teams were written, each in its own transaction: they stay, and the
     * message says so (its "nothing was copied" would be untrue), and that running it again finishes.
     */
    private CommandFailure partly(CommandFailure failure, int teamsCopied) {
        if (teamsCopied == 0) {
            return failure;
        }
        return new CommandFailure(failure.exitCode(), texts().get("cli.copy.partly", failure.getMessage(),
                String.valueOf(teamsCopied), to));
    }

    /** Everything in {@code --from}, written one team at a time; a damaged database is refused rather than half copied. */
    private void exportEverything(Path exchange) throws IOException {
        try (AssessmentStore store = context.openForReading(from, false)) {
            ExchangeExporter exporter = new ExchangeExporter(Clock.systemUTC(), VersionProvider.appAndVersion());
            try (ProgressLine progress = ProgressLine.of(context, texts().get("cli.copy.reading", from));
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(exchange))) {
                exporter.exportDatabase(store, out, progress);
            }
            ExistingDatabase.requireIntact(store);
        }
    }

    /** The same file (however named), or the same server address. */
    private static boolean same(DatabaseAddress a, DatabaseAddress b) {
        if (a instanceof DatabaseAddress.File(Path one) && b instanceof DatabaseAddress.File(Path other)) {
            Path first = one.toAbsolutePath().normalize();
            Path second = other.toAbsolutePath().normalize();
            try {
                return first.equals(second) || (Files.exists(first) && Files.exists(second) && Files.isSameFile(first, second));
            } catch (IOException e) {
                return false;
            }
        }
        return a.equals(b);
    }

    private Path temporaryFile() throws IOException {
        return PrivateFiles.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "debtmeter-copy-", ".json");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover private temporary file is the system's to clean; the copy itself is done.
        }
    }
}
