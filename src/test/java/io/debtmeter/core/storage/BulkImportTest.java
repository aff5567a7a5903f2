package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentBundle;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole teams written at once: read back exactly as given, checked like single saves, all or nothing. */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class BulkImportTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    private static final Instant T0 = Instant.parse("2026-05-04T09:12:13.456Z");

    @TempDir
    Path folder;

    private TestDatabase db;
    private SqlAssessmentStore store;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.create(dialect, folder, "bulk.db");
        store = (SqlAssessmentStore) db.open();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Two quarters of a team: the first final with a done action, the second a draft with an open one. */
    private static TeamBundle team(String name) {
        Team team = new Team(UUID.randomUUID(), name, T0, T0);
        Assessment q1 = new Assessment(UUID.randomUUID(), team.id(), "tiny", "1.0", LocalDate.of(2026, 5, 4), "2026-Q2",
                List.of("Aiko", "Ben"), AssessmentStatus.FINAL, T0.plusSeconds(60), T0.plusSeconds(3600));
        Assessment q2 = new Assessment(UUID.randomUUID(), team.id(), "tiny", "1.0", LocalDate.of(2026, 8, 3), "2026-Q3",
                List.of("Aiko"), AssessmentStatus.DRAFT, T0.plusSeconds(90 * 86_400), T0.plusSeconds(90 * 86_400 + 600));
        List<ItemResponse> q1Answers = List.of(
                ItemResponse.open("p2").withAnswer(new Answer.Level(0)).withNote("nobody owns it"),
                ItemResponse.open("p1").withAnswer(new Answer.Level(0.5)).withVotes(Map.of("0.5", 2, "1", 1))
                        .withEvidenceLinks(List.of("https://wiki/p1")),
                ItemResponse.open("l1").withAnswer(new Answer.Choice("no")));
        List<ItemResponse> q2Answers = List.of(
                ItemResponse.open("p1").withAnswer(new Answer.NotApplicable()),
                new ItemResponse("p2", Optional.of(new Answer.Level(1)), "", List.of(), Map.of(), true));
        ActionItem done = new ActionItem(UUID.randomUUID(), team.id(), q1.id(), "p2", "Name an owner", "Ben",
                Optional.of(LocalDate.of(2026, 6, 30)), ActionStatus.DONE, T0.plusSeconds(1800), T0.plusSeconds(90 * 86_400));
        ActionItem open = new ActionItem(UUID.randomUUID(), team.id(), q2.id(), "l1", "Ask the platform team", "",
                Optional.empty(), ActionStatus.OPEN, T0.plusSeconds(90 * 86_400 + 300), T0.plusSeconds(90 * 86_400 + 300));
        return new TeamBundle(team, List.of(
                new AssessmentBundle(q1, TestRubrics.tiny(), q1Answers,
                        new Targets(Map.of("c1", 60.0), Map.of("p2", 0.5))),
                new AssessmentBundle(q2, TestRubrics.tiny(), q2Answers, Targets.none())),
                List.of(done, open));
    }

    @Test
    void everythingReadsBackExactlyAsGiven() {
        TeamBundle bundle = team("Search ranking 1");
        AssessmentBundle q1 = bundle.assessments().get(0);
        AssessmentBundle q2 = bundle.assessments().get(1);

        store.importTeams(List.of(bundle));

        assertThat(store.teams()).containsExactly(bundle.team());
        assertThat(store.assessments(bundle.team().id())).containsExactly(q2.assessment(), q1.assessment());
        assertThat(List.copyOf(store.responses(q1.assessment().id()).values())).isEqualTo(q1.responses());
        assertThat(List.copyOf(store.responses(q2.assessment().id()).values())).isEqualTo(q2.responses());
        assertThat(store.targets(q1.assessment().id())).isEqualTo(q1.targets());
        assertThat(store.targets(q2.assessment().id())).isEqualTo(Targets.none());
        assertThat(store.rubricOf(q2.assessment().id())).isEqualTo(TestRubrics.tiny());
        // Open first, then by creation: the open action of Q3 before the done one of Q2.
        assertThat(store.actions(bundle.team().id())).containsExactly(bundle.actions().get(1), bundle.actions().get(0));
        assertThat(db.single("SELECT count(*) FROM rubric_snapshot")).isEqualTo("1");
        assertThat(db.single("SELECT " + db.joinedDistinct("substr(CAST(id AS TEXT), 15, 1)") + " FROM response"))
                .as("time-ordered (version 7) row ids").isEqualTo("7");
        assertThat(db.single("SELECT " + db.joinedDistinct(db.utcText("updated_at")) + " FROM response WHERE assessment_id = '"
                + q1.assessment().id() + "'")).isEqualTo("2026-05-04T10:12:13.456Z");
    }

    @Test
    void answersAreStoredInTheSameColumnsASingleSaveWrites() {
        TeamBundle bundle = team("Search ranking 1");
        store.importTeams(List.of(bundle));
        UUID imported = bundle.assessments().get(0).assessment().id();
        UUID saved = store.createAssessment(new io.debtmeter.core.assessment.NewAssessment(bundle.team().id(),
                TestRubrics.tiny(), LocalDate.of(2026, 1, 1), "", List.of(), Optional.empty())).id();
        bundle.assessments().get(0).responses().forEach(response -> store.saveResponse(saved, response));

        String columns = "item_id || '|' || state || '|' || coalesce(CAST(level AS TEXT), '-') || '|'"
                + " || coalesce(option_id, '-') || '|' || note || '|' || CAST(evidence AS TEXT) || '|'"
                + " || CAST(votes AS TEXT) || '|' || CAST(carried_over AS TEXT)";
        // jsonb keeps an object in its own form: keys by length, a space after each colon.
        String votes = dialect == SqlDialect.SQLITE ? "{\"0.5\":2,\"1\":1}" : "{\"1\": 1, \"0.5\": 2}";
        assertThat(db.single("SELECT " + db.joined(columns, ";") + " FROM response WHERE assessment_id = '"
                + imported + "'")).isEqualTo(db.single("SELECT " + db.joined(columns, ";")
                + " FROM response WHERE assessment_id = '" + saved + "'")).contains(votes);
    }

    @Test
    void aBatchWithOneBadTeamStoresNoneOfIt() {
        TeamBundle good = team("Search ranking 1");
        TeamBundle bad = team("Fraud detection 1");
        AssessmentBundle q1 = bad.assessments().get(0);
        TeamBundle offScale = new TeamBundle(bad.team(), List.of(new AssessmentBundle(q1.assessment(), q1.rubric(),
                List.of(ItemResponse.open("p1").withAnswer(new Answer.Level(0.25))), Targets.none())), List.of());
        String before = db.dump();

        assertThatThrownBy(() -> store.importTeams(List.of(good, offScale)))
                .isInstanceOf(StoreException.class)
                .hasMessage("The answer was not saved: level 0.25 is not on the scale of item 'p1'.");

        assertThat(db.dump()).isEqualTo(before);
        store.importTeams(List.of(good));
        assertThat(store.teams()).containsExactly(good.team());
    }

    @Test
    void theSameRulesAsSingleChangesApply() {
        store.createTeam("search RANKING 1");
        TeamBundle bundle = team("Fraud detection 1");
        AssessmentBundle q1 = bundle.assessments().get(0);
        Assessment elsewhere = new Assessment(q1.assessment().id(), UUID.randomUUID(), "tiny", "1.0",
                q1.assessment().date(), "", List.of(), AssessmentStatus.FINAL, T0, T0);
        ActionItem offRubric = new ActionItem(UUID.randomUUID(), bundle.team().id(), q1.assessment().id(), "p9", "Do it",
                "", Optional.empty(), ActionStatus.OPEN, T0, T0);
        ActionItem raisedNowhere = new ActionItem(UUID.randomUUID(), bundle.team().id(), UUID.randomUUID(), "p1", "Do it",
                "", Optional.empty(), ActionStatus.OPEN, T0, T0);
        String before = db.dump();

        refused(team("Search ranking 1"), "A team called search RANKING 1 already exists.");
        refused(new TeamBundle(bundle.team(), List.of(new AssessmentBundle(elsewhere, q1.rubric(), List.of(), Targets.none())),
                List.of()), "The assessment of 2026-05-04 belongs to another team.");
        refused(new TeamBundle(bundle.team(), List.of(new AssessmentBundle(q1.assessment(), q1.rubric(), List.of(),
                new Targets(Map.of("c1", 101.0), Map.of()))), List.of()),
                "The target was not saved: a category target is a maturity from 0 to 100, not 101.");
        refused(new TeamBundle(bundle.team(), bundle.assessments(), List.of(offRubric)),
                "The action was not added: the rubric tiny 1.0 has no item 'p9'.");
        refused(new TeamBundle(bundle.team(), bundle.assessments(), List.of(raisedNowhere)),
                "The action 'Do it' was not raised in one of the team's assessments.");

        assertThat(db.dump()).isEqualTo(before);
    }

    @Test
    void aReadOnlyStoreRefusesAnImport() throws Exception {
        store.close();
        try (AssessmentStore viewer = db.openReadOnly()) {
            assertThatThrownBy(() -> ((BulkWrites) viewer).importTeams(List.of(team("Search ranking 1"))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("opened read-only");
        }
        store = (SqlAssessmentStore) db.open();
        assertThat(store.teams()).isEmpty();
    }

    private void refused(TeamBundle bundle, String message) {
        assertThatThrownBy(() -> store.importTeams(List.of(bundle))).isInstanceOf(StoreException.class).hasMessage(message);
    }
}
