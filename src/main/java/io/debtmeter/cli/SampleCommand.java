package io.debtmeter.cli;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.sample.SampleLoader;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/** Fills a database with sample teams: the one sample team of the window, or many generated ones. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class SampleCommand extends DatabaseCommand {

    static final int MAX_TEAMS = 100_000;
    static final int MAX_ASSESSMENTS = 400;

    @Spec
    CommandSpec spec;

    @Option(names = "--teams", paramLabel = "N")
    Integer teams;

    @Option(names = "--assessments", paramLabel = "M")
    Integer assessments;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
    long seed;

    @Option(names = "--rubric", paramLabel = "ID", defaultValue = RubricCatalog.DEFAULT_RUBRIC_ID)
    String rubricId;

    @Option(names = "--until", paramLabel = "DATE")
    LocalDate until;

    @Option(names = "--append")
    boolean append;

    @Option(names = "--progress-seconds", hidden = true, defaultValue = "3")
    double progressSeconds;

    SampleCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        DatabaseAddress address = parent == null ? null : parent.database;
        if (address == null) {
            throw new UsageErrors.UsageError(spec.commandLine(), texts().get("cli.sample.noDb"));
        }
        ExistingDatabase.refuseReadOnly(this, "sample");
        checkCounts();
        Rubric rubric = rubric();
        LocalDate lastDate = until == null ? LocalDate.now() : until;
        try (AssessmentStore store = context.open(address)) {
            int existing = store.teams().size();
            if (existing > 0 && !append) {
                throw new CommandFailure(ExitCode.INVALID_INPUT, texts().get("cli.sample.notEmpty", store.location(),
                        String.valueOf(existing), existing));
            }
            if (teams == null && assessments == null) {
                loadStory(store, rubric, lastDate);
            } else {
                generate(store, rubric, lastDate);
            }
            return ExitCode.OK;
        } catch (StoreException e) {
            throw ExistingDatabase.failure(e);
        }
    }

    private void checkCounts() {
        if (teams != null && (teams < 1 || teams > MAX_TEAMS)) {
            throw new UsageErrors.UsageError(spec.commandLine(), texts().get("cli.sample.range", "--teams",
                    String.valueOf(MAX_TEAMS), String.valueOf(teams)));
        }
        if (assessments != null && (assessments < 1 || assessments > MAX_ASSESSMENTS)) {
            throw new UsageErrors.UsageError(spec.commandLine(), texts().get("cli.sample.range", "--assessments",
                    String.valueOf(MAX_ASSESSMENTS), String.valueOf(assessments)));
        }
    }

    private Rubric rubric() {
        RubricCatalog.Contents contents = context.rubricCatalog().load();
        return contents.find(rubricId).map(CatalogEntry::rubric).orElseThrow(() -> new CommandFailure(
                ExitCode.INVALID_INPUT, texts().get("cli.sample.noRubric", rubricId, contents.entries().stream()
                        .map(e -> e.rubric().id()).distinct().collect(Collectors.joining(", ")))));
    }

    private void loadStory(AssessmentStore store, Rubric rubric, LocalDate lastDate) {
        long started = System.nanoTime();
        Team team = new SampleData(store, language()).load(rubric, lastDate);
        context.out().println(texts().get("cli.sample.story", team.name(), String.valueOf(store.assessments(team.id()).size()),
                rubric.id(), rubric.version(), store.location(), seconds(System.nanoTime() - started)));
    }

    private void generate(AssessmentStore store, Rubric rubric, LocalDate lastDate) {
        int teamCount = teams == null ? 1 : teams;
        int perTeam = assessments == null ? 8 : assessments;
        long started = System.nanoTime();
        long[] lastReport = {started};
        SampleLoader.Summary made = new SampleLoader(store, language()).load(
                new SampleLoader.Request(rubric, teamCount, perTeam, seed, lastDate),
                (written, total) -> {
                    long now = System.nanoTime();
                    if (written < total && now - lastReport[0] >= progressSeconds * 1e9) {
                        lastReport[0] = now;
                        context.err().println(texts().get("cli.sample.progress", String.format(Locale.ROOT, "%,d", written),
                                String.format(Locale.ROOT, "%,d", total), seconds(now - started)));
                    }
                });
        context.out().println(texts().get("cli.sample.generated", counted(made.teams()), made.teams(), counted(perTeam),
                perTeam, counted(made.assessments()), counted(made.responses()), counted(made.actions()), rubric.id(),
                rubric.version(), store.location(), seconds(made.took().toNanos())));
    }

    private static String counted(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** "17.5 s", "17.5 秒". */
    private String seconds(long nanos) {
        return texts().get("cli.seconds", String.format(Locale.ROOT, "%.1f", nanos / 1e9));
    }
}
