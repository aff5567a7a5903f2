package io.debtmeter.cli;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.core.export.ExportFormats;
import io.debtmeter.core.export.ExportResult;
import io.debtmeter.core.export.Exporter;
import io.debtmeter.core.export.pdf.PageFormat;
import io.debtmeter.core.export.OutputFileException;
import io.debtmeter.core.export.SafeFiles;
import io.debtmeter.core.export.UnsupportedSubjectException;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes an assessment, a team or the whole database to a file. The file appears complete or not at
 * all ({@link SafeFiles}); an existing file is replaced only with {@code --force}. Refusing to
 * overwrite is exit code 3 like every other "this file cannot be written", so a script can tell it
 * from a mistyped id (2).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class ExportCommand extends DatabaseCommand {

    /** Exactly one of the three. */
    static final class Subject {
        @Option(names = "--assessment", paramLabel = "ID", required = true)
        String assessment;

        @Option(names = "--team", paramLabel = "TEAM", required = true)
        String team;

        @Option(names = "--all", required = true)
        boolean all;
    }

    private final ExportFormats formats = new ExportFormats(Clock.systemDefaultZone(), Locale.getDefault(),
            VersionProvider.appAndVersion());

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Option(names = "--format", required = true, paramLabel = "FORMAT")
    ExportFormats.Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--page", paramLabel = "SIZE")
    PageFormat page;

    @Option(names = "--csv", paramLabel = "CONTENT")
    ExportFormats.CsvContent csv;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        checkOptions();
        try (AssessmentStore store = ExistingDatabase.open(this)) {
            refuseTheDatabaseItself(store);
            IdResolver ids = new IdResolver(store, texts());
            ExportSubject target;
            String what;
            if (subject.assessment != null) {
                Assessment assessment = ids.assessment(subject.assessment);
                target = ExportSubject.assessment(assessment.id());
                what = texts().get("cli.export.what.assessment", IdResolver.shortId(assessment.id()),
                        store.team(assessment.teamId()).map(Team::name).orElse("?"), assessment.period());
            } else if (subject.team != null) {
                Team team = ids.team(subject.team);
                target = ExportSubject.team(team.id());
                what = texts().get("cli.export.what.team", team.name());
            } else {
                target = ExportSubject.everything();
                int teams = store.teams().size();
                what = texts().get("cli.export.what.all", teams, String.valueOf(teams));
            }
            ExportResult[] result = {ExportResult.COMPLETE};
            Path written;
            try (ProgressLine progress = ProgressLine.of(context, texts().get("cli.export.progress"))) {
                Exporter exporter = formats.inLanguage(language()).exporter(format, page == null ? PageFormat.A4 : page,
                        csv == null ? ExportFormats.CsvContent.SCORES : csv, progress);
                written = SafeFiles.write(out, force, stream -> result[0] = exporter.writeReporting(store, target, stream));
            }
            // A character no font has is printed as "?": say which, rather than lose a note silently.
            context.out().println(texts().get("cli.export.wrote", describeFormat(), TerminalText.inline(what),
                    TerminalText.inline(written.toString()), String.format(Locale.ROOT, "%,d", Files.size(written)),
                    result[0].replacementNotice().map(notice -> texts().get("cli.export.replaced", TerminalText.inline(notice)))
                            .orElse(texts().get("cli.export.end"))));
            context.out().flush();
            // A damaged file is exported as far as SQLite can read it: a way to rescue its content.
            Optional<String> damage = store.damage();
            if (damage.isPresent()) {
                throw new CommandFailure(ExitCode.IO_ERROR, damage.get() + texts().get("cli.export.damaged", written));
            }
            return ExitCode.OK;
        } catch (UnsupportedSubjectException e) {
            throw new CommandFailure(ExitCode.INVALID_INPUT, e.message(language()));
        } catch (OutputFileException e) {
            String hint = e.reason() == OutputFileException.Reason.EXISTS ? texts().get("cli.export.addForce") : "";
            throw new CommandFailure(ExitCode.IO_ERROR, e.message(language()) + hint);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, texts().get("cli.export.failed", out.toAbsolutePath(), e.getMessage()));
        } catch (StoreException e) {
            throw ExistingDatabase.failure(e);
        }
    }

    /** Options that only make sense with another format are a usage error, not silently ignored. */
    private void checkOptions() {
        if (page != null && format != ExportFormats.Format.PDF) {
            throw new UsageErrors.UsageError(spec.commandLine(), texts().get("cli.export.pageOnlyPdf"));
        }
        if (csv != null && format != ExportFormats.Format.CSV) {
            throw new UsageErrors.UsageError(spec.commandLine(), texts().get("cli.export.csvOnlyCsv"));
        }
    }

    /** "--out team.db --force" would replace every answer with a report: never allowed. */
    private void refuseTheDatabaseItself(AssessmentStore store) throws IOException {
        if (onServer()) {
            return; // its location() names the server, not a file that --out could overwrite
        }
        Path database = store.location().toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (target.equals(database) || (Files.exists(target) && Files.isSameFile(target, database))) {
            throw new CommandFailure(ExitCode.INVALID_INPUT, texts().get("cli.export.isTheDatabase", target));
        }
    }

    private String describeFormat() {
        return switch (format) {
            case CSV -> texts().get(csv == ExportFormats.CsvContent.ACTIONS ? "cli.export.format.actionsCsv"
                    : "cli.export.format.scoresCsv");
            case MD -> texts().get("cli.export.format.md");
            case PDF -> texts().get("cli.export.format.pdf");
            case JSON -> texts().get("cli.export.format.json");
        };
    }
}
