package io.debtmeter.core.sample;

import io.debtmeter.core.assessment.AssessmentBundle;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated teams: repeatable, shaped like real quarterly retrospectives, and mostly improving. */
class SampleGeneratorTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 15);

    @TempDir
    static Path folder;

    private static Rubric rubric;
    private static List<TeamBundle> teams;

    @BeforeAll
    static void generateForty() {
        rubric = new RubricCatalog(new RubricLoader(), folder).load().find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric();
        SampleGenerator generator = new SampleGenerator(rubric, 42, UNTIL);
        teams = IntStream.range(0, 40).mapToObj(i -> generator.team(i, "Team " + i, 12)).toList();
    }

    @Test
    void theSameSeedMakesTheSameTeamAndAnotherSeedAnotherOne() {
        TeamBundle once = new SampleGenerator(rubric, 7, UNTIL).team(3, "Fraud detection 3", 6);

        assertThat(new SampleGenerator(rubric, 7, UNTIL).team(3, "Fraud detection 3", 6)).isEqualTo(once);
        assertThat(new SampleGenerator(rubric, 8, UNTIL).team(3, "Fraud detection 3", 6)).isNotEqualTo(once);
        assertThat(new SampleGenerator(rubric, 7, UNTIL).team(4, "Fraud detection 3", 6)).isNotEqualTo(once);
        assertThat(once.team().name()).isEqualTo("Fraud detection 3");
    }

    @Test
    void assessmentsAreQuarterlyGoingBackFromTheDateAllFinalButPerhapsTheNewest() {
        int stale = 0;
        for (TeamBundle team : teams) {
            List<AssessmentBundle> assessments = team.assessments();
            assertThat(assessments).hasSize(12);
            for (int k = 1; k < assessments.size(); k++) {
                long gap = ChronoUnit.DAYS.between(date(assessments.get(k - 1)), date(assessments.get(k)));
                // Three months (89 to 92 days) apart, each date but the newest moved by up to 6 days.
                assertThat(gap).as(team.team().name()).isBetween(89L - 12, 92L + 12);
            }
            LocalDate newest = date(assessments.get(11));
            assertThat(newest).isBeforeOrEqualTo(UNTIL).isAfter(UNTIL.minusDays(400));
            stale += newest.isBefore(UNTIL.minusDays(120)) ? 1 : 0;
            assertThat(assessments.subList(0, 11)).allMatch(a -> a.assessment().status() == AssessmentStatus.FINAL);
            assertThat(assessments).allMatch(a -> a.assessment().period().matches("20\\d\\d-Q[1-4]"));
            assertThat(assessments).allMatch(a -> a.assessment().participants().size() >= 3
                    && a.assessment().participants().size() <= 7);
            assertThat(assessments).allMatch(a -> a.assessment().createdAt().isBefore(a.assessment().updatedAt()));
        }
        assertThat(stale).as("teams not assessed for over 120 days").isBetween(1, 12);
        assertThat(teams).anyMatch(t -> t.assessments().get(11).assessment().status() == AssessmentStatus.DRAFT);
    }

    @Test
    void answersHaveSomeNotApplicableNotesVotesAndTargets() {
        List<AssessmentBundle> all = teams.stream().flatMap(t -> t.assessments().stream()).toList();
        List<ItemResponse> responses = all.stream().flatMap(a -> a.responses().stream()).toList();

        long notApplicable = responses.stream().filter(r -> r.answer().orElseThrow() instanceof Answer.NotApplicable).count();
        assertThat((double) notApplicable / responses.size()).isBetween(0.005, 0.10);
        for (AssessmentBundle assessment : all) {
            long notes = assessment.responses().stream().filter(r -> !r.note().isEmpty()).count();
            assertThat(notes).isLessThanOrEqualTo(4);
            if (assessment.assessment().isFinal()) {
                assertThat(assessment.responses()).hasSize(rubric.items().size());
                assertThat(notes).isGreaterThanOrEqualTo(2);
            }
            // Whoever votes on an item is one of the people present, and everyone present votes.
            int present = assessment.assessment().participants().size();
            assertThat(assessment.responses()).allMatch(r -> r.voteCount() == 0 || r.voteCount() == present);
        }
        long voted = all.stream().filter(a -> a.responses().stream().anyMatch(r -> r.voteCount() > 0)).count();
        assertThat((double) voted / all.size()).isBetween(0.2, 0.6);
        long withTargets = all.stream().filter(a -> !a.targets().categoryMaturity().isEmpty()).count();
        assertThat((double) withTargets / all.size()).isBetween(0.5, 0.95);
        assertThat(all).allMatch(a -> a.targets().categoryMaturity().values().stream().allMatch(t -> t >= 0 && t <= 100));
    }

    @Test
    void everyRetrospectiveAgreesOnActionsAndMostEarlierOnesGetDone() {
        List<ActionItem> earlier = new ArrayList<>();
        for (TeamBundle team : teams) {
            Map<UUID, Integer> perAssessment = new HashMap<>();
            team.actions().forEach(a -> perAssessment.merge(a.raisedIn(), 1, Integer::sum));
            assertThat(perAssessment).hasSize(12);
            assertThat(perAssessment.values()).allMatch(n -> n >= 1 && n <= 3);
            UUID newest = team.assessments().get(11).assessment().id();
            assertThat(team.actions()).filteredOn(a -> a.raisedIn().equals(newest)).allMatch(ActionItem::isOpen);
            team.actions().stream().filter(a -> !a.raisedIn().equals(newest)).forEach(earlier::add);
        }
        long done = earlier.stream().filter(a -> a.status() == ActionStatus.DONE).count();
        assertThat((double) done / earlier.size()).isBetween(0.7, 0.86);
        assertThat(earlier).anyMatch(a -> a.status() == ActionStatus.DROPPED).anyMatch(ActionItem::isOpen);
    }

    @Test
    void theDebtIndexGoesDownOnAverage() {
        ScoreCalculator calculator = new ScoreCalculator();
        double totalDrop = 0;
        int improved = 0;
        for (TeamBundle team : teams) {
            double first = debt(calculator, team.assessments().get(0));
            double last = debt(calculator, team.assessments().get(11));
            totalDrop += first - last;
            improved += last < first ? 1 : 0;
        }
        assertThat(totalDrop / teams.size()).as("average drop of the debt index over 12 quarters").isGreaterThan(10);
        assertThat(improved).as("teams with less debt at the end").isGreaterThanOrEqualTo(30);
    }

    @Test
    void teamNamesAreDomainsNumberedAndAvoidNamesTaken() {
        TeamNames names = new TeamNames(42, List.of("SEARCH RANKING 1", "Fraud detection 2"));
        Set<String> made = new HashSet<>();

        for (int i = 0; i < 500; i++) {
            String name = names.next();
            assertThat(name).matches("[A-Z][A-Za-z -]+ [0-9]+");
            assertThat(made.add(name.toLowerCase())).as(name).isTrue();
        }

        assertThat(made).doesNotContain("search ranking 1", "fraud detection 2").contains("search ranking 2", "fraud detection 1");
        assertThat(new TeamNames(42, List.of()).next()).isEqualTo(new TeamNames(42, List.of()).next());
    }

    private static LocalDate date(AssessmentBundle assessment) {
        return assessment.assessment().date();
    }

    private static double debt(ScoreCalculator calculator, AssessmentBundle assessment) {
        Map<String, Answer> answers = new HashMap<>();
        assessment.responses().forEach(r -> r.answer().ifPresent(a -> answers.put(r.itemId(), a)));
        return calculator.score(rubric, answers).debtIndex().orElseThrow();
    }

    /**
     * SplittableRandom steps its state by a fixed odd constant (the golden gamma), so a generator
     * seeded {@code k} steps after another draws the same numbers, {@code k} later. Dividing each
     * team's seed by that constant (modulo 2^64) gives its place on that one track; two teams'
     * places must be far apart, or they share ids. The first formula put two of the 2,000 teams of
     * {@code sample --teams 2000} a few thousand steps apart.
     */
    @Test
    void everyTeamsNumbersComeFromItsOwnPartOfTheGeneratorsTrack() {
        long gamma = 0x9E37_79B9_7F4A_7C15L;
        long inverse = gamma;
        for (int i = 0; i < 6; i++) {
            inverse *= 2 - gamma * inverse;   // Newton's iteration for the inverse modulo 2^64
        }
        assertThat(gamma * inverse).isEqualTo(1L);
        TeamNames names = new TeamNames(1, java.util.List.of());
        long[] places = new long[20_000];
        for (int index = 0; index < places.length; index++) {
            places[index] = SampleGenerator.teamSeed(1, index, names.next()) * inverse;
        }
        java.util.Arrays.sort(places);
        long closest = Long.MAX_VALUE;
        for (int i = 1; i < places.length; i++) {
            closest = Math.min(closest, places[i] - places[i - 1]);
        }
        // A team draws well under a million numbers; 2^32 steps apart leaves room for any of them.
        assertThat(closest).isGreaterThan(1L << 32);
    }
}
