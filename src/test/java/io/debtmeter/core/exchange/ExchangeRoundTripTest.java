package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.core.storage.TestDatabase;
import io.debtmeter.model.ActionItem;
import io.debtmeter.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Export, import into an empty database, export again: the same bytes, and the same rows. */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class ExchangeRoundTripTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final java.util.Map<String, TestDatabase> databases = new java.util.HashMap<>();

    @Test
    void aWholeDatabaseSurvivesTheRoundTripByteForByte() throws Exception {
        byte[] first = ExchangeFixture.exportOfAFilledStore(db("a.db")::open);
        byte[] second;
        try (AssessmentStore target = db("b.db").open(new TestClock(ExchangeFixture.START))) {
            ExchangeImporter importer = new ExchangeImporter(target);
            ImportPlan plan = importer.plan(ExchangeFixture.read(first));
            // By hand: 2 teams, 3 assessments (Q2, Q3, fraud), 2 actions; the database is empty, so all are added.
            assertThat(plan.entries()).extracting(PlanEntry::outcome).containsOnly(PlanEntry.Outcome.ADD).hasSize(7);
            importer.apply(plan);
            second = ExchangeFixture.exportDatabase(target);
        }
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        // The rows themselves, not only what the export shows: teams, assessments, actions and
        // snapshots are identical; answers and targets differ only in their internal row ids and times.
        assertThat(rows(db("b.db"), "team", "assessment", "action_item", "rubric_snapshot"))
                .isEqualTo(rows(db("a.db"), "team", "assessment", "action_item", "rubric_snapshot"));
        TestDatabase b = db("b.db");
        String answers = "SELECT " + b.joined("CAST(assessment_id AS TEXT) || item_id || state || coalesce(CAST(level AS TEXT), '')"
                + " || coalesce(option_id, '') || note || CAST(evidence AS TEXT) || CAST(votes AS TEXT)"
                + " || CAST(carried_over AS TEXT)", "|") + " FROM (SELECT * FROM response ORDER BY assessment_id, item_id) AS r";
        assertThat(db("b.db").single(answers))
                .isEqualTo(db("a.db").single(answers));
        String targets = "SELECT " + b.joined("CAST(assessment_id AS TEXT) || scope || ref_id || CAST(value AS TEXT)", "|")
                + " FROM (SELECT * FROM target ORDER BY assessment_id, scope, ref_id) AS t";
        assertThat(db("b.db").single(targets))
                .isEqualTo(db("a.db").single(targets)).isNotNull();
    }

    @Test
    void theExportSaysWhatWasStoredInAFixedOrder() throws Exception {
        TestClock clock = new TestClock(ExchangeFixture.START);
        JsonNode root;
        ExchangeFixture.Ids ids;
        try (AssessmentStore store = db("a.db").open(clock)) {
            ids = ExchangeFixture.fill(store, clock);
            root = JSON.readTree(ExchangeFixture.exportDatabase(store));
        }
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("format", "formatVersion", "exportedAt", "exportedBy", "scope", "rubrics", "teams");
        assertThat(root.get("exportedAt").asText()).isEqualTo("2026-11-26T10:00:00.000Z");
        assertThat(root.get("scope").asText()).isEqualTo("database");
        // Two snapshots (tiny 1.0 and 2.0), sorted by their hash.
        assertThat(root.get("rubrics")).hasSize(2);
        assertThat(root.get("rubrics").get(0).get("sha256").asText())
                .isLessThan(root.get("rubrics").get(1).get("sha256").asText());
        JsonNode search = team(root, ids.search().id().toString());
        assertThat(search.get("name").asText()).isEqualTo("Search ranking");
        // The fixture's clock starts at 09:00:00 and the team is the first thing made.
        assertThat(search.get("createdAt").asText()).isEqualTo("2026-06-30T09:00:00.000Z");
        JsonNode q2 = search.get("assessments").get(0);
        assertThat(q2.get("period").asText()).isEqualTo("2026-Q2");
        assertThat(q2.get("status").asText()).isEqualTo("final");
        assertThat(q2.get("participants").toString()).isEqualTo("[\"Ana\",\"Bo\"]");
        // Responses in the rubric's order p1, p2, l1; 0.5 stays 0.5 and whole numbers carry no ".0".
        assertThat(q2.get("responses").toString()).isEqualTo("[{\"item\":\"p1\",\"answer\":{\"level\":0.5},"
                + "\"note\":\"Données: 日本語のメモ, кириллица\",\"evidence\":[\"https://wiki.example/p1\"],"
                + "\"votes\":{\"0.5\":2,\"1\":1},\"carriedOver\":false},"
                + "{\"item\":\"p2\",\"answer\":{\"notApplicable\":true},\"note\":\"\",\"evidence\":[],\"votes\":{},\"carriedOver\":false},"
                + "{\"item\":\"l1\",\"answer\":{\"option\":\"yes\"},\"note\":\"\",\"evidence\":[],\"votes\":{\"yes\":3},\"carriedOver\":false}]");
        assertThat(q2.get("targets").toString()).isEqualTo("{\"categories\":{\"c1\":60},\"items\":{\"p1\":1}}");
        JsonNode q3 = search.get("assessments").get(1);
        // Q3 carried l1 over from Q2 and nobody confirmed it; p2 was reopened with a note only.
        assertThat(q3.get("responses").get(1).toString()).isEqualTo("{\"item\":\"p2\",\"answer\":null,"
                + "\"note\":\"unsure: ask the platform team\",\"evidence\":[],\"votes\":{},\"carriedOver\":false}");
        assertThat(q3.get("responses").get(2).get("carriedOver").asBoolean()).isTrue();
        JsonNode done = search.get("actions").get(0);
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("due").asText()).isEqualTo("2026-09-30");
        assertThat(search.get("actions").get(1).get("due").isNull()).isTrue();
        // Closed at 09:00:07, the fixture's seventh tick; the open one has no closing time.
        assertThat(done.get("closedAt").asText()).isEqualTo("2026-06-30T09:00:07.000Z");
        assertThat(search.get("actions").get(1).get("closedAt").isNull()).isTrue();
    }

    @Test
    void aFileFromBeforeClosingTimesWereKeptImportsAClosedActionAsClosedWhenLastChanged() throws Exception {
        TestClock clock = new TestClock(ExchangeFixture.START);
        ObjectNode root;
        try (AssessmentStore source = db("a.db").open(clock)) {
            ExchangeFixture.fill(source, clock);
            root = (ObjectNode) JSON.readTree(ExchangeFixture.exportDatabase(source));
        }
        // As the first release wrote it: no closedAt, and the done action last edited a month after closing.
        for (JsonNode team : root.get("teams")) {
            for (JsonNode action : team.get("actions")) {
                ((ObjectNode) action).remove("closedAt");
            }
        }
        JsonNode done = StreamSupport.stream(root.get("teams").spliterator(), false)
                .flatMap(team -> StreamSupport.stream(team.get("actions").spliterator(), false))
                .filter(action -> action.get("status").asText().equals("done")).findFirst().orElseThrow();
        ((ObjectNode) done).put("updatedAt", "2026-07-30T12:00:00.000Z");
        byte[] oldFile = JSON.writeValueAsBytes(root);

        try (AssessmentStore target = db("b.db").open(new TestClock(ExchangeFixture.START))) {
            // Through the streamed reading, as the command and the window import it.
            ExchangeImporter importer = new ExchangeImporter(target);
            importer.apply(importer.plan(Files.write(folder.resolve("old.json"), oldFile), TransferProgress.NONE));

            List<ActionItem> actions = target.teams().stream().flatMap(team -> target.actions(team.id()).stream()).toList();
            assertThat(actions).hasSize(2);
            assertThat(actions).filteredOn(ActionItem::isOpen).singleElement()
                    .satisfies(open -> assertThat(open.closedAt()).isEmpty());
            assertThat(actions).filteredOn(action -> !action.isOpen()).singleElement()
                    .satisfies(closed -> assertThat(closed.closedAt()).contains(Instant.parse("2026-07-30T12:00:00Z")));
        }
    }

    @Test
    void eachScopeRoundTripsAndImportingItTwiceChangesNothing() throws Exception {
        TestClock clock = new TestClock(ExchangeFixture.START);
        ExchangeFixture.Ids ids;
        byte[] assessmentFile;
        byte[] teamFile;
        try (AssessmentStore source = db("a.db").open(clock)) {
            ids = ExchangeFixture.fill(source, clock);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExchangeFixture.exporter().exportAssessment(source, ids.q2().id(), out);
            assessmentFile = out.toByteArray();
            out = new ByteArrayOutputStream();
            ExchangeFixture.exporter().exportTeam(source, ids.search().id(), out);
            teamFile = out.toByteArray();
        }
        TestDatabase target = db("b.db");
        try (AssessmentStore store = target.open(new TestClock(ExchangeFixture.START))) {
            ExchangeImporter importer = new ExchangeImporter(store);
            ImportPlan plan = importer.plan(ExchangeFixture.read(assessmentFile));
            // The team, Q2 and the one action raised in Q2.
            assertThat(plan.entries()).extracting(PlanEntry::name).containsExactly(
                    "Search ranking", "Search ranking · 2026-Q2", "Search ranking · action “Add a data test”");
            importer.apply(plan);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            ExchangeFixture.exporter().exportAssessment(store, ids.q2().id(), again);
            assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(new String(assessmentFile, StandardCharsets.UTF_8));

            // The team file adds Q3 and its action beside what is there.
            ImportPlan teamPlan = importer.plan(ExchangeFixture.read(teamFile));
            assertThat(teamPlan.with(PlanEntry.Outcome.ADD)).extracting(PlanEntry::name).containsExactly(
                    "Search ranking · 2026-Q3", "Search ranking · action “Ask the platform team”");
            assertThat(teamPlan.with(PlanEntry.Outcome.UNCHANGED)).hasSize(3);
            importer.apply(teamPlan);
            String before = target.dump();
            ImportPlan twice = importer.plan(ExchangeFixture.read(teamFile));
            assertThat(twice.entries()).extracting(PlanEntry::outcome).containsOnly(PlanEntry.Outcome.UNCHANGED);
            assertThat(twice.changesSomething()).isFalse();
            importer.apply(twice);
            assertThat(target.dump()).isEqualTo(before);
            ByteArrayOutputStream teamAgain = new ByteArrayOutputStream();
            ExchangeFixture.exporter().exportTeam(store, ids.search().id(), teamAgain);
            assertThat(teamAgain.toString(StandardCharsets.UTF_8)).isEqualTo(new String(teamFile, StandardCharsets.UTF_8));
        }
    }

    @Test
    void byDefaultTheFileSaysWhichDebtmeterWroteIt() throws Exception {
        try (AssessmentStore store = db("empty.db").open(new TestClock(ExchangeFixture.START))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExchangeExporter(ExchangeFixture.EXPORT_CLOCK).exportDatabase(store, out);
            // Run from classes there is no jar manifest, hence no version number.
            assertThat(JSON.readTree(out.toByteArray()).get("exportedBy").asText()).isEqualTo("Debtmeter development build");
        }
    }

    private static JsonNode team(JsonNode root, String id) {
        for (JsonNode team : root.get("teams")) {
            if (team.get("id").asText().equals(id)) {
                return team;
            }
        }
        throw new AssertionError("no team " + id);
    }

    /** This test's database called {@code name}, made on first use. */
    private TestDatabase db(String name) {
        return databases.computeIfAbsent(name, n -> TestDatabase.create(dialect, folder, n));
    }

    /**
     * Every row of the named tables, by their first column (the id, or the snapshot's hash): the
     * import writes teams in file order, so rowids (PostgreSQL's rowid column too), unlike the rows,
     * may come out in another order.
     */
    private static String rows(TestDatabase db, String... tables) {
        StringBuilder dump = new StringBuilder();
        try (java.sql.Connection connection = db.connect();
             java.sql.Statement statement = connection.createStatement()) {
            for (String table : tables) {
                dump.append("== ").append(table).append('\n');
                try (java.sql.ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String column = rows.getMetaData().getColumnName(i);
                            if (!column.equals("rowid")) {
                                dump.append(column).append('=').append(rows.getString(i)).append(' ');
                            }
                        }
                        dump.append('\n');
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return dump.toString();
    }
}
