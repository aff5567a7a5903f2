package io.debtmeter.core.sample;

import io.debtmeter.core.assessment.AssessmentBundle;
import io.debtmeter.core.assessment.Periods;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes realistic teams for demos and benchmarks: quarterly assessments going back from a date,
 * answers drifting mostly upwards with noise, some not applicable, notes on a few items, votes in
 * some retrospectives, a few actions each time (most of them done by the next one), targets for
 * the weakest categories, every assessment final but perhaps the newest. A team's data depends
 * only on the seed, its number and its name, so the same seed always makes the same teams.
 *
 * <p>About one team in eight has not been assessed for four months or more, and one in ten hardly
 * improves, because a portfolio has those.
 */
public final class SampleGenerator {

    private final Rubric rubric;
    private final long seed;
    private final LocalDate until;
    private final SampleAnswers answers;

    /**
     * @param until the latest date an assessment may have; most teams' newest is within 40 days of it
     */
    public SampleGenerator(Rubric rubric, long seed, LocalDate until) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.seed = seed;
        this.until = Objects.requireNonNull(until, "until");
        this.answers = new SampleAnswers(rubric);
    }

    public Rubric rubric() {
        return rubric;
    }

    /** Team number {@code index} (from 0) of this seed, called {@code name}, with {@code assessments} of them. */
    public TeamBundle team(int index, String name, int assessments) {
        if (assessments < 1) {
            throw new IllegalArgumentException("A sample team needs at least one assessment, not " + assessments);
        }
        SplittableRandom random = new SplittableRandom(teamSeed(seed, index, name));
        List<String> roster = pick(random, SampleTexts.PEOPLE, 5 + random.nextInt(5));
        TeamAbility ability = new TeamAbility(rubric, random, assessments);
        LocalDate newest = random.nextDouble() < 0.12
                ? until.minusDays(125 + random.nextInt(275))
                : until.minusDays(random.nextInt(41));
        boolean newestIsDraft = random.nextDouble() < 0.4;
        List<LocalDate> dates = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (int k = 0; k < assessments; k++) {
            LocalDate nominal = newest.minusMonths(3L * (assessments - 1 - k));
            LocalDate date = k == assessments - 1 ? nominal : nominal.plusDays(random.nextInt(13) - 6);
            dates.add(date);
            starts.add(date.atTime(9, 0).toInstant(ZoneOffset.UTC)
                    .plusSeconds(60L * random.nextInt(360) + random.nextInt(60)).plusMillis(random.nextInt(1000)));
        }
        Instant teamCreated = starts.get(0).minusSeconds(86_400L * (1 + random.nextInt(20)) + random.nextInt(3600));
        Team team = new Team(uuid(random), name, teamCreated, teamCreated);
        SampleRetrospectives retrospectives = new SampleRetrospectives(rubric, answers, random, roster, slug(name));
        List<AssessmentBundle> bundles = new ArrayList<>();
        List<ActionItem> actions = new ArrayList<>();
        for (int k = 0; k < assessments; k++) {
            boolean last = k == assessments - 1;
            boolean draft = last && newestIsDraft;
            Instant start = starts.get(k);
            Instant end = start.plusSeconds(60L * (draft ? 20 + random.nextInt(20) : 45 + random.nextInt(65)));
            Assessment assessment = new Assessment(uuid(random), team.id(), rubric.id(), rubric.version(), dates.get(k),
                    Periods.quarterOf(newest.minusMonths(3L * (assessments - 1 - k))),
                    retrospectives.participants(), draft ? AssessmentStatus.DRAFT : AssessmentStatus.FINAL, start, end);
            List<ItemResponse> responses = retrospectives.responses(ability.positions(k), k, ability, draft);
            List<SampleRetrospectives.PlannedAction> planned = retrospectives.actionsFor(responses);
            Targets targets = random.nextDouble() < 0.75 ? retrospectives.targets(responses, planned) : Targets.none();
            bundles.add(new AssessmentBundle(assessment, rubric, responses, targets));
            actions.addAll(actions(random, assessment, planned, last ? null : starts.get(k + 1), ability));
        }
        return new TeamBundle(team, bundles, actions);
    }

    /**
     * The actions agreed on in one retrospective. By the next one ({@code nextStart}; none for the
     * newest) most are done, which moves their item up for good, some dropped, a few still open.
     */
    private List<ActionItem> actions(SplittableRandom random, Assessment assessment,
                                     List<SampleRetrospectives.PlannedAction> planned, Instant nextStart,
                                     TeamAbility ability) {
        List<ActionItem> actions = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            SampleRetrospectives.PlannedAction action = planned.get(i);
            Instant raised = assessment.createdAt().plusSeconds(60L * (30 + 3 * i));
            ActionStatus status = nextStart == null ? ActionStatus.OPEN : closing(random);
            if (status == ActionStatus.DONE) {
                ability.pushUp(action.itemId());
            }
            Instant changed = status == ActionStatus.OPEN ? raised : nextStart.plusSeconds(600 + i);
            Optional<LocalDate> due = random.nextDouble() < 0.75
                    ? Optional.of(assessment.date().plusDays(42 + random.nextInt(28))) : Optional.empty();
            actions.add(new ActionItem(uuid(random), assessment.teamId(), assessment.id(), action.itemId(),
                    action.text(), action.owner(), due, status, raised, changed));
        }
        return actions;
    }

    /** By the next retrospective most actions are done, some dropped, a few still open. */
    private static ActionStatus closing(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.78 ? ActionStatus.DONE : draw < 0.88 ? ActionStatus.DROPPED : ActionStatus.OPEN;
    }

    /** {@code count} distinct entries, in the list's order. */
    static List<String> pick(SplittableRandom random, List<String> from, int count) {
        List<String> picked = new ArrayList<>(count);
        int needed = Math.min(count, from.size());
        for (int i = 0; i < from.size() && needed > 0; i++) {
            if (random.nextInt(from.size() - i) < needed) {
                picked.add(from.get(i));
                needed--;
            }
        }
        return picked;
    }

    /**
     * The seed of one team's generator. The name is part of it: teams appended to a database get
     * other names, so other ids. Each part is mixed (Stafford's variant 13, as SplittableRandom
     * mixes its own output): SplittableRandom steps its seed by a fixed odd constant, so two seeds
     * that differ by a small multiple of it give the same numbers, shifted. The first formula
     * multiplied the name's hash by that very constant, and at 1,775 of 2,000 teams two teams drew
     * the same assessment id.
     */
    static long teamSeed(long seed, int index, String name) {
        return mix(mix(seed * 1_000_003L + index) ^ name.hashCode());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** A version-4 UUID from the seeded generator, so the same seed gives the same ids. */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
