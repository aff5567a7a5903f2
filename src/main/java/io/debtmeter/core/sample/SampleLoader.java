package io.debtmeter.core.sample;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.core.platform.ProblemTexts;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fills a store with generated teams. A store that offers {@link BulkWrites} (SQLite does) takes
 * them through its bulk import, {@value #TEAMS_PER_TRANSACTION} to a batch, so 500 teams of 40 assessments (600,000 answers) take
 * about half a minute rather than 600,000 transactions each synced to disk. All batches are one
 * transaction: a failure halfway leaves none of the teams behind. Any other store gets the same
 * teams through its ordinary methods.
 */
public final class SampleLoader {

    public static final int TEAMS_PER_TRANSACTION = 25;

    /**
     * What to make.
     *
     * @param until the latest date an assessment may have (most teams' newest is within 40 days of it)
     */
    public record Request(Rubric rubric, int teams, int assessmentsPerTeam, long seed, LocalDate until) {

        public Request {
            Objects.requireNonNull(rubric, "rubric");
            Objects.requireNonNull(until, "until");
            if (teams < 1 || assessmentsPerTeam < 1) {
                throw new IllegalArgumentException("Needs at least one team and one assessment per team");
            }
        }
    }

    /** What was made, and how long writing it took. */
    public record Summary(int teams, int assessments, int responses, int actions, Duration took) {
    }

    /** Told after each transaction; called on the loading thread. */
    @FunctionalInterface
    public interface Progress {
        void teamsWritten(int written, int total);
    }

    private final AssessmentStore store;
    private final ProblemTexts texts;

    /** A failure to add the teams is told in English. */
    public SampleLoader(AssessmentStore store) {
        this(store, Locale.ENGLISH);
    }

    /** A failure to add the teams is told in {@code language}: Japanese for {@code ja}, English for any other. */
    public SampleLoader(AssessmentStore store, Locale language) {
        this.store = Objects.requireNonNull(store, "store");
        this.texts = ProblemTexts.of(language);
    }

    /** Adds the teams beside any already there; generated names avoid the names taken. */
    public Summary load(Request request, Progress progress) {
        return store.inOneTransaction(texts.get("sample.addTeams"), () -> write(request, progress));
    }

    private Summary write(Request request, Progress progress) {
        long started = System.nanoTime();
        SampleGenerator generator = new SampleGenerator(request.rubric(), request.seed(), request.until());
        TeamNames names = new TeamNames(request.seed(), store.teams().stream().map(Team::name).toList());
        int assessments = 0;
        int responses = 0;
        int actions = 0;
        List<TeamBundle> batch = new ArrayList<>(TEAMS_PER_TRANSACTION);
        for (int index = 0; index < request.teams(); index++) {
            TeamBundle team = generator.team(index, names.next(), request.assessmentsPerTeam());
            assessments += team.assessments().size();
            responses += team.assessments().stream().mapToInt(a -> a.responses().size()).sum();
            actions += team.actions().size();
            batch.add(team);
            if (batch.size() == TEAMS_PER_TRANSACTION || index == request.teams() - 1) {
                write(batch);
                batch.clear();
                progress.teamsWritten(index + 1, request.teams());
            }
        }
        return new Summary(request.teams(), assessments, responses, actions, Duration.ofNanos(System.nanoTime() - started));
    }

    private void write(List<TeamBundle> teams) {
        if (store instanceof BulkWrites bulk) {
            bulk.importTeams(teams);
            // Scored while the answers are fresh in SQLite's cache: listings (the portfolio, `teams`)
            // then read 500 stored summaries instead of scoring 600,000 answers on first use. The bulk
            // import keeps the generated ids; the store methods below make their own.
            store.scoreSummaries(teams.stream().flatMap(t -> t.assessments().stream()).map(a -> a.assessment().id()).toList());
        } else {
            ApiTeamWriter writer = new ApiTeamWriter(store);
            teams.forEach(writer::write);
        }
    }

}
