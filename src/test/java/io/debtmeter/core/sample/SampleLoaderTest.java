package io.debtmeter.core.sample;

import io.debtmeter.core.assessment.AssessmentBundle;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.storage.PlainStore;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.core.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading generated teams: the bulk import stores what the ordinary store methods would. */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class SampleLoaderTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 15);

    @TempDir
    Path folder;

    private Rubric rubric;
    private TestDatabase bulkDatabase;
    private AssessmentStore bulk;
    private AssessmentStore plain;

    @BeforeEach
    void open() throws Exception {
        rubric = new RubricCatalog(new RubricLoader(), folder).load().find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric();
        bulkDatabase = TestDatabase.create(dialect, folder, "bulk.db");
        bulk = bulkDatabase.open();
        plain = TestDatabase.create(dialect, folder, "plain.db").open();
    }

    @AfterEach
    void close() {
        bulk.close();
        plain.close();
    }

    @Test
    void theBulkImportStoresWhatTheStoreMethodsStore() {
        SampleLoader.Request request = new SampleLoader.Request(rubric, 3, 5, 11, UNTIL);

        SampleLoader.Summary viaBulk = new SampleLoader(bulk).load(request, (written, total) -> { });
        // Seen through the interface alone the store is not SQLite: the loader falls back to single saves.
        SampleLoader.Summary viaApi = new SampleLoader(PlainStore.forwardingTo(plain)).load(request, (written, total) -> { });

        assertThat(contentOf(bulk)).isEqualTo(contentOf(plain));
        assertThat(bulk.teams()).hasSize(3);
        assertThat(List.of(viaBulk.teams(), viaBulk.assessments(), viaBulk.responses(), viaBulk.actions()))
                .isEqualTo(List.of(viaApi.teams(), viaApi.assessments(), viaApi.responses(), viaApi.actions()))
                .isEqualTo(List.of(3, 15, countResponses(bulk), countActions(bulk)));
    }

    @Test
    void everyGeneratedAssessmentLeavesWithItsScoreSummaryStored() throws Exception {
        new SampleLoader(bulk).load(new SampleLoader.Request(rubric, 3, 4, 11, UNTIL), (written, total) -> { });

        try (java.sql.Connection connection = bulkDatabase.connect();
             java.sql.ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT (SELECT COUNT(*) FROM score_summary), (SELECT COUNT(*) FROM assessment)")) {
            rows.next();
            assertThat(rows.getInt(2)).isEqualTo(12);
            assertThat(rows.getInt(1)).as("3 teams × 4 assessments, each summarised for the listings").isEqualTo(12);
        }
    }

    @Test
    void theBulkImportKeepsTheGeneratedIdsAndTimes() {
        new SampleLoader(bulk).load(new SampleLoader.Request(rubric, 2, 3, 11, UNTIL), (written, total) -> { });

        TeamNames names = new TeamNames(11, List.of());
        SampleGenerator generator = new SampleGenerator(rubric, 11, UNTIL);
        for (int i = 0; i < 2; i++) {
            TeamBundle expected = generator.team(i, names.next(), 3);
            assertThat(bulk.team(expected.team().id())).contains(expected.team());
            List<Assessment> oldestFirst = new ArrayList<>(bulk.assessments(expected.team().id()));
            Collections.reverse(oldestFirst);
            assertThat(oldestFirst).isEqualTo(expected.assessments().stream().map(AssessmentBundle::assessment).toList());
        }
    }

    @Test
    void appendedTeamsGetNamesNotTakenAndProgressIsToldPerTransaction() {
        bulk.createTeam("Existing team");
        List<String> told = new ArrayList<>();

        new SampleLoader(bulk).load(new SampleLoader.Request(rubric, 30, 1, 5, UNTIL),
                (written, total) -> told.add(written + "/" + total));
        new SampleLoader(bulk).load(new SampleLoader.Request(rubric, 30, 1, 5, UNTIL), (written, total) -> { });

        assertThat(told).containsExactly("25/30", "30/30");
        assertThat(bulk.teams()).hasSize(61);
        assertThat(bulk.teams().stream().map(t -> t.name().toLowerCase()).distinct().count()).isEqualTo(61);
    }

    /** Everything a person sees, without the ids and times the store chose. */
    private static List<Object> contentOf(AssessmentStore store) {
        List<Object> content = new ArrayList<>();
        for (Team team : store.teams()) {
            content.add(team.name());
            for (Assessment a : store.assessments(team.id())) {
                content.add(List.of(a.rubricId(), a.rubricVersion(), a.date(), a.period(), a.participants(), a.status()));
                content.add(List.copyOf(store.responses(a.id()).entrySet()));
                content.add(store.targets(a.id()));
                content.add(store.rubricOf(a.id()));
            }
            for (ActionItem action : store.actions(team.id())) {
                content.add(List.of(action.itemId(), action.text(), action.owner(), action.due(), action.status()));
            }
        }
        return content;
    }

    private static int countResponses(AssessmentStore store) {
        return store.teams().stream().flatMap(t -> store.assessments(t.id()).stream())
                .mapToInt(a -> store.responses(a.id()).size()).sum();
    }

    private static int countActions(AssessmentStore store) {
        return store.teams().stream().mapToInt(t -> store.actions(t.id()).size()).sum();
    }
}
