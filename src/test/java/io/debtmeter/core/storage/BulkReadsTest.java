package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentBundle;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each store's one-query bulk reads against the interface's defaults, which make one query
 * per team or assessment, on data built by hand with ties on the date and in the creation time.
 */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class BulkReadsTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:00:00.000Z"));
    private AssessmentStore store;
    private AssessmentStore reference;
    private Team alpha;
    private Team beta;
    private Team equipe;
    private Assessment alphaMarch;
    private Assessment alphaJune;
    private Assessment alphaSeptember;
    private Assessment alphaSeptemberLater;
    private Assessment betaFirst;
    private Assessment betaSecond;
    private Assessment equipeOnly;

    @BeforeEach
    void handBuiltData() throws Exception {
        store = TestDatabase.create(dialect, folder, "bulk.db").open(clock);
        reference = PlainStore.withDefaultsOver(store);
        // Created out of name order; listed by name ignoring case: Alpha, beta, Idle, Équipe.
        beta = store.createTeam("beta");
        alpha = store.createTeam("Alpha");
        equipe = store.createTeam("Équipe");
        store.createTeam("Idle");
        // Alpha's assessments are created out of date order, two of them on 2026-09-01 a second apart.
        alphaMarch = create(alpha, "2026-03-01", TestRubrics.tiny());
        alphaSeptember = create(alpha, "2026-09-01", TestRubrics.tinyVersion2());
        alphaJune = create(alpha, "2026-06-01", TestRubrics.tiny());
        alphaSeptemberLater = create(alpha, "2026-09-01", TestRubrics.tiny());
        // Beta's two share the date and the creation millisecond: the id decides.
        clock.advance(Duration.ofSeconds(1));
        Assessment one = store.createAssessment(request(beta, "2026-10-01", TestRubrics.tiny()));
        Assessment two = store.createAssessment(request(beta, "2026-10-01", TestRubrics.tiny()));
        boolean oneIsHigher = one.id().toString().compareTo(two.id().toString()) > 0;
        betaFirst = oneIsHigher ? one : two;
        betaSecond = oneIsHigher ? two : one;
        equipeOnly = create(equipe, "2025-12-24", TestRubrics.tiny());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Assessment create(Team team, String date, Rubric rubric) {
        clock.advance(Duration.ofSeconds(1));
        return store.createAssessment(request(team, date, rubric));
    }

    private static NewAssessment request(Team team, String date, Rubric rubric) {
        return new NewAssessment(team.id(), rubric, LocalDate.parse(date), "", List.of(), Optional.empty());
    }

    @Test
    void latestAssessmentsAreEachTeamsNewestByDateThenCreationThenIdInTeamOrder() {
        Map<UUID, Assessment> latest = store.latestAssessments();

        // Alpha: two on 2026-09-01, the one created a second later wins; beta: same millisecond, higher id.
        assertThat(latest.keySet()).containsExactly(alpha.id(), beta.id(), equipe.id());
        assertThat(latest.get(alpha.id())).isEqualTo(alphaSeptemberLater);
        assertThat(latest.get(beta.id())).isEqualTo(betaFirst);
        assertThat(latest.get(equipe.id())).isEqualTo(equipeOnly);
        assertThat(latest).isEqualTo(reference.latestAssessments());
        assertThat(List.copyOf(latest.keySet())).isEqualTo(List.copyOf(reference.latestAssessments().keySet()));
    }

    @Test
    void latestTwoAssessmentsAreNewestFirstAndATeamWithOneHasOne() {
        Map<UUID, List<Assessment>> latest = store.latestTwoAssessments();

        assertThat(latest.keySet()).containsExactly(alpha.id(), beta.id(), equipe.id());
        assertThat(latest.get(alpha.id())).containsExactly(alphaSeptemberLater, alphaSeptember);
        assertThat(latest.get(beta.id())).containsExactly(betaFirst, betaSecond);
        assertThat(latest.get(equipe.id())).containsExactly(equipeOnly);
        assertThat(latest).isEqualTo(reference.latestTwoAssessments());
        assertThat(List.copyOf(latest.keySet())).isEqualTo(List.copyOf(reference.latestTwoAssessments().keySet()));
    }

    @Test
    void theLatestFollowDeletionsAndNewAssessments() {
        store.deleteAssessment(alphaSeptemberLater.id());
        Assessment betaNewest = create(beta, "2026-11-01", TestRubrics.tiny());

        assertThat(store.latestTwoAssessments().get(alpha.id())).containsExactly(alphaSeptember, alphaJune);
        assertThat(store.latestTwoAssessments().get(beta.id())).containsExactly(betaNewest, betaFirst);
        assertThat(store.latestTwoAssessments()).isEqualTo(reference.latestTwoAssessments());
        assertThat(store.latestAssessments()).isEqualTo(reference.latestAssessments());
    }

    @Test
    void manyResponsesAreByAssessmentInTheOrderAskedThenByItemInTheOrderFirstAnswered() {
        store.saveResponse(alphaMarch.id(), ItemResponse.open("p2").withAnswer(new Answer.Level(1)));
        store.saveResponse(alphaMarch.id(), ItemResponse.open("p1").withAnswer(new Answer.Level(0.5)).withNote("half"));
        store.saveResponse(alphaMarch.id(), ItemResponse.open("l1").withAnswer(new Answer.Choice("yes"))
                .withVotes(Map.of("yes", 3, "no", 1)).withEvidenceLinks(List.of("https://wiki/x")));
        store.saveResponse(alphaMarch.id(), ItemResponse.open("p2").withAnswer(new Answer.Level(0)));
        store.saveResponse(alphaSeptember.id(), ItemResponse.open("p1").withAnswer(new Answer.NotApplicable()));
        UUID unknown = UUID.randomUUID();
        List<UUID> asked = List.of(alphaSeptember.id(), unknown, alphaMarch.id(), alphaJune.id(), alphaSeptember.id());

        Map<UUID, Map<String, ItemResponse>> responses = store.responses(asked);

        // Each id once, in the order first asked; p2 keeps its place after being answered again.
        assertThat(responses.keySet()).containsExactly(alphaSeptember.id(), unknown, alphaMarch.id(), alphaJune.id());
        assertThat(responses.get(alphaMarch.id()).keySet()).containsExactly("p2", "p1", "l1");
        assertThat(responses.get(alphaMarch.id()).get("p2").answer()).contains(new Answer.Level(0));
        assertThat(responses.get(alphaMarch.id()).get("l1").votes()).containsEntry("yes", 3).containsEntry("no", 1);
        assertThat(responses.get(alphaSeptember.id()).get("p1").answer()).contains(new Answer.NotApplicable());
        assertThat(responses.get(unknown)).isEmpty();
        assertThat(responses.get(alphaJune.id())).isEmpty();
        assertThat(responses).isEqualTo(reference.responses(asked));
        assertThat(store.responses(List.of())).isEmpty();
    }

    @Test
    void rubricsOfManyShareOneObjectPerSnapshotAndRefuseAnUnknownAssessment() {
        List<UUID> asked = List.of(alphaSeptember.id(), alphaMarch.id(), betaFirst.id());

        Map<UUID, Rubric> rubrics = store.rubricsOf(asked);

        assertThat(rubrics.keySet()).containsExactlyElementsOf(asked);
        assertThat(rubrics.get(alphaSeptember.id())).isEqualTo(TestRubrics.tinyVersion2());
        assertThat(rubrics.get(alphaMarch.id())).isEqualTo(TestRubrics.tiny()).isSameAs(rubrics.get(betaFirst.id()));
        assertThat(rubrics).isEqualTo(reference.rubricsOf(asked));
        assertThat(store.rubricsOf(List.of())).isEmpty();
        assertThatThrownBy(() -> store.rubricsOf(List.of(alphaMarch.id(), UUID.randomUUID())))
                .isInstanceOf(StoreException.class).hasMessage("This assessment no longer exists.");
    }

    @Test
    void theRubricsInUseAreEachSnapshotAnAssessmentNamesOnce() {
        assertThat(store.rubricsInUse()).containsExactlyInAnyOrder(TestRubrics.tiny(), TestRubrics.tinyVersion2())
                .containsExactlyInAnyOrderElementsOf(reference.rubricsInUse());
        store.deleteAssessment(alphaSeptember.id());
        assertThat(store.rubricsInUse()).containsExactly(TestRubrics.tiny());
    }

    @Test
    void targetsOfManyAreByAssessmentInTheOrderAskedAndNoneWhereNoneWasSet() {
        store.setCategoryTarget(alphaMarch.id(), TestRubrics.tiny().categories().get(0).id(), java.util.OptionalDouble.of(60));
        store.setItemTarget(alphaMarch.id(), "p1", java.util.OptionalDouble.of(1));
        store.setItemTarget(betaFirst.id(), "p2", java.util.OptionalDouble.of(0.5));
        List<UUID> asked = List.of(betaFirst.id(), alphaJune.id(), alphaMarch.id());

        Map<UUID, Targets> targets = store.targets(asked);

        assertThat(targets.keySet()).containsExactlyElementsOf(asked);
        assertThat(targets.get(alphaJune.id())).isEqualTo(Targets.none());
        assertThat(targets.get(alphaMarch.id()).itemLevel()).containsExactly(Map.entry("p1", 1.0));
        // Targets of one assessment are a default of the interface too (none): the store's own read is the reference.
        asked.forEach(id -> assertThat(targets.get(id)).isEqualTo(store.targets(id)));
        assertThat(store.targets(List.of())).isEmpty();
    }

    /** 1,200 ids: more than SQLite's old limit of 999 parameters, and still one query. */
    @Test
    void responsesOfMoreAssessmentsThanSqliteHasParametersForAreAllRead() {
        Team big = new Team(UUID.randomUUID(), "Big", clock.instant(), clock.instant());
        List<AssessmentBundle> assessments = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            Instant created = clock.instant().plusSeconds(i);
            Assessment assessment = new Assessment(UUID.randomUUID(), big.id(), "tiny", "1.0",
                    LocalDate.of(2020, 1, 1).plusDays(i), "", List.of(), AssessmentStatus.FINAL, created, created);
            assessments.add(new AssessmentBundle(assessment, TestRubrics.tiny(),
                    List.of(ItemResponse.open("p1").withAnswer(new Answer.Level(i % 2 == 0 ? 0 : 1))), Targets.none()));
        }
        ((BulkWrites) store).importTeams(List.of(new TeamBundle(big, assessments, List.of())));
        List<UUID> ids = assessments.stream().map(a -> a.assessment().id()).toList();

        Map<UUID, Map<String, ItemResponse>> responses = store.responses(ids);

        assertThat(responses).hasSize(1200).isEqualTo(reference.responses(ids));
        assertThat(responses.get(ids.get(1199)).get("p1").answer()).contains(new Answer.Level(1));
        assertThat(store.rubricsOf(ids)).hasSize(1200);
        assertThat(store.latestTwoAssessments().get(big.id())).extracting(Assessment::id)
                .containsExactly(ids.get(1199), ids.get(1198));
    }
}
