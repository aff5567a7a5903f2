package io.debtmeter.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.exchange.ExchangeHeader;
import io.debtmeter.core.exchange.ExchangeImporter;
import io.debtmeter.core.exchange.ImportPlan;
import io.debtmeter.core.exchange.PlanEntry;
import io.debtmeter.core.exchange.PlanOutdatedException;
import io.debtmeter.core.storage.DatabaseOpenException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Merges an exchange file into the database by id, after showing what it will do. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class ImportCommand extends DatabaseCommand {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();


    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Option(names = "--list")
    boolean list;

    @Option(names = "--json")
    boolean json;

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (!dryRun) {
            ExistingDatabase.refuseReadOnly(this, texts().get("cli.import.withoutDryRun"));
        }
        DatabaseAddress database = address();
        // A missing database (or a server database without our tables) is planned against nothing stored, so
        // everything shows as "to add": a dry run never creates it, and an import creates it only once the file
        // has proved valid.
        boolean missing;
        try {
            missing = context.holdsNoDebtmeterData(database, readOnly());
        } catch (StoreException e) {
            throw ExistingDatabase.failure(e);
        }
        try {
            ImportPlan plan;
            boolean applied = false;
            if (missing) {
                plan = plan(ExchangeImporter.planningForNewDatabase(planLanguage()));
                if (!dryRun && plan.changesSomething()) {
                    try (AssessmentStore store = context.open(database)) {
                        applied = apply(new ExchangeImporter(store, planLanguage()), plan);
                    }
                }
            } else {
                // Planning only reads: the database is opened as the reading commands open it, and what its
                // pages showed while read is trusted as theirs is. Only a plan that writes waits for the check
                // of the whole file (a plan read from a damaged file could be wrong, and writing would spread it).
                try (AssessmentStore reading = context.openForReading(database, readOnly())) {
                    plan = plan(new ExchangeImporter(reading, planLanguage()));
                    ExistingDatabase.requireNoDamageSeen(reading);
                }
                if (!dryRun && plan.changesSomething()) {
                    try (AssessmentStore store = context.open(database)) {
                        ExistingDatabase.requireIntact(store);
                        applied = apply(new ExchangeImporter(store, planLanguage()), plan);
                    }
                }
            }
            if (json) {
                printJson(plan, database, applied);
            } else {
                printText(plan, database, applied);
            }
            return ExitCode.OK;
        } catch (PlanOutdatedException e) {
            // Its own message speaks of the window's preview, which the command line never shows.
            throw new CommandFailure(ExitCode.IO_ERROR, texts().get("cli.import.outdated", database, file));
        } catch (UncheckedIOException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, texts().get("cli.import.unreadable", file,
                    e.getCause().getMessage()));
        } catch (StoreException e) {
            throw ExistingDatabase.failure(e);
        }
    }

    private ImportPlan plan(ExchangeImporter importer) {
        try (ProgressLine progress = ProgressLine.of(context, texts().get("cli.import.checking", file.getFileName()))) {
            return ExchangeFiles.reading(context, file, texts().get("cli.import.nothingDone"), () -> importer.plan(file, progress));
        }
    }

    /** The plan's reasons and refusals: in the run's language, but English in {@code --json}, as all of it is for scripts. */
    private java.util.Locale planLanguage() {
        return json ? java.util.Locale.ENGLISH : language();
    }

    private boolean apply(ExchangeImporter importer, ImportPlan plan) {
        try (ProgressLine progress = ProgressLine.of(context, texts().get("cli.import.importing", file.getFileName()))) {
            importer.apply(plan, progress);
        }
        return true;
    }

    private void printText(ImportPlan plan, DatabaseAddress database, boolean applied) {
        ExchangeHeader header = plan.header();
        CliTexts texts = texts();
        context.out().println(texts.get("cli.import.header", file, texts.get("cli.import.scope." + header.scope().json()),
                String.valueOf(header.exportedAt()), TerminalText.inline(header.exportedBy())));
        printCounts(context, plan);
        if (list) {
            list(texts.get("cli.import.list.add"), plan.with(PlanEntry.Outcome.ADD), "+");
            list(texts.get("cli.import.list.update"), plan.with(PlanEntry.Outcome.UPDATE), "~");
            list(texts.get("cli.import.list.conflicts"), plan.conflicts(), "!");
        } else if (plan.changesSomething() || plan.count(PlanEntry.Outcome.CONFLICT) > 0) {
            context.out().println(texts.get("cli.import.listHint"));
        }
        if (dryRun) {
            context.out().println(texts.get("cli.import.dryRun", database));
        } else if (applied) {
            context.out().println(texts.get("cli.import.imported", database));
        } else {
            context.out().println(texts.get("cli.import.nothingToImport", database));
        }
    }

    /** A line per kind of record: how many the plan adds, updates, leaves unchanged and leaves as conflicts (also {@code copy}'s). */
    static void printCounts(CliContext context, ImportPlan plan) {
        CliTexts texts = context.texts();
        for (PlanEntry.Kind kind : PlanEntry.Kind.values()) {
            long conflicts = plan.count(kind, PlanEntry.Outcome.CONFLICT);
            context.out().println("  " + TerminalText.padded(texts.get("cli.import.kinds." + kind(kind)) + ":", 12) + " "
                    + texts.get("cli.import.counts", String.valueOf(plan.count(kind, PlanEntry.Outcome.ADD)),
                    String.valueOf(plan.count(kind, PlanEntry.Outcome.UPDATE)),
                    String.valueOf(plan.count(kind, PlanEntry.Outcome.UNCHANGED)), String.valueOf(conflicts), conflicts));
        }
    }

    private void list(String heading, List<PlanEntry> entries, String mark) {
        if (entries.isEmpty()) {
            return;
        }
        context.out().println(heading);
        for (PlanEntry entry : entries) {
            context.out().println("  " + mark + " " + texts().get("cli.import.kind." + kind(entry.kind())) + " "
                    + TerminalText.inline(entry.name())
                    + (entry.reason().isEmpty() ? "" : ": " + TerminalText.inline(entry.reason())));
        }
    }

    /** The plan as JSON, written as it goes: a plan of 60,000 records is never held as text. */
    private void printJson(ImportPlan plan, DatabaseAddress database, boolean applied) {
        TerminalText.JsonLines out = new TerminalText.JsonLines(context.out());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("file", file.toString());
            json.writeStringField("database", database.toString());
            json.writeBooleanField("dryRun", dryRun);
            json.writeBooleanField("applied", applied);
            json.writeNumberField("conflicts", plan.count(PlanEntry.Outcome.CONFLICT));
            json.writeObjectFieldStart("counts");
            for (PlanEntry.Kind kind : PlanEntry.Kind.values()) {
                json.writeObjectFieldStart(plural(kind));
                for (PlanEntry.Outcome outcome : PlanEntry.Outcome.values()) {
                    json.writeNumberField(outcome.name().toLowerCase(Locale.ROOT), plan.count(kind, outcome));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("entries");
            for (PlanEntry entry : plan.entries()) {
                json.writeStartObject();
                json.writeStringField("kind", kind(entry.kind()));
                json.writeStringField("id", entry.id().toString());
                json.writeStringField("name", entry.name());
                json.writeStringField("outcome", entry.outcome().name().toLowerCase(Locale.ROOT));
                json.writeStringField("reason", entry.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.end();
    }

    private static String kind(PlanEntry.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String plural(PlanEntry.Kind kind) {
        return kind(kind) + "s";
    }
}
