package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.model.ActionItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Records stored exactly as the file has them are known by their fingerprints (decision 0037):
 * actions are remembered as assessments are, a known record is neither read, checked nor compared
 * again, what depends on other records is still checked, and any record that is not known is read
 * and checked where it stands in the file. Run on every store.
 */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class RecordsKnownByFingerprintTest {

    private static final String DATA_TEST = "Search ranking · action “Add a data test”";
    private static final String ASK = "Search ranking · action “Ask the platform team”";

    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    private ImportedExport imported;
    private UUID askPlatform;
    /** Where the search team stands in the file's list of teams. */
    private int search;

    @BeforeEach
    void anExportImportedIntoAnEmptyDatabase() throws Exception {
        imported = ImportedExport.of(dialect, folder);
        askPlatform = UUID.fromString(imported.here().single("SELECT id FROM action_item WHERE text = 'Ask the platform team'"));
        search = imported.exported().indexOf("\"Search ranking\"") < imported.exported().indexOf("\"Fraud detection\"") ? 0 : 1;
    }

    @Test
    void eachAddedActionIsRememberedByTheSha256OfItsRecordAsWrittenInTheFile() throws Exception {
        for (UUID id : List.of(imported.ids().dataTest().id(), askPlatform)) {
            byte[] record = ImportedExport.recordOf(imported.exported(), id).getBytes(UTF_8);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("debtmeter-exchange 1\n".getBytes(UTF_8));
            assertThat(actionFingerprintOf(id)).as("action %s", id).isEqualTo(HexFormat.of().formatHex(sha.digest(record)));
        }
        assertThat(imported.here().single("SELECT COUNT(*) FROM action_import_fingerprint")).isEqualTo("2");
    }

    @Test
    void theSameFileAgainFindsEveryRecordUnchangedAndWritesNothing() throws Exception {
        String before = imported.here().dump();
        ImportPlan plan = imported.plan();
        assertThat(plan.changesSomething()).isFalse();
        assertThat(plan.with(PlanEntry.Outcome.UNCHANGED)).extracting(PlanEntry::name).contains(DATA_TEST, ASK,
                "Search ranking · 2026-Q2", "Search ranking · 2026-Q3", "Fraud detection · 2026-09-15");
        try (AssessmentStore store = imported.here().open(imported.hereClock())) {
            new ExchangeImporter(store).apply(plan);
        }
        assertThat(imported.here().dump()).isEqualTo(before);
    }

    @Test
    void aKnownActionIsTakenAsStoredWithoutBeingComparedAgain() throws Exception {
        // Another program changes the action, then puts its fingerprint back: only a test would. Compared,
        // the owner would differ with the same times (a conflict); known, the action is unchanged.
        String remembered = actionFingerprintOf(askPlatform);
        imported.here().execute("UPDATE action_item SET owner = 'behind the app' WHERE id = '" + askPlatform + "'");
        assertThat(actionFingerprintOf(askPlatform)).isNull();
        assertThat(imported.outcomeOf(ASK)).isEqualTo(PlanEntry.Outcome.CONFLICT);
        imported.here().execute("INSERT INTO action_import_fingerprint (action_id, sha256) VALUES ('" + askPlatform
                + "', '" + remembered + "')");
        assertThat(imported.outcomeOf(ASK)).isEqualTo(PlanEntry.Outcome.UNCHANGED);
    }

    @Test
    void anyChangeToAnActionForgetsItsFingerprintAndOnlyItsOwn() throws Exception {
        UUID dataTest = imported.ids().dataTest().id();
        try (AssessmentStore store = imported.here().open(imported.hereClock())) {
            ActionItem stored = store.actions(imported.ids().search().id()).stream()
                    .filter(action -> action.id().equals(dataTest)).findFirst().orElseThrow();
            store.updateAction(new ActionItem(stored.id(), stored.teamId(), stored.raisedIn(), stored.itemId(),
                    "Add two data tests", stored.owner(), stored.due(), stored.status(), stored.createdAt(), stored.updatedAt()));
        }
        assertThat(actionFingerprintOf(dataTest)).as("changed through the app").isNull();
        assertThat(actionFingerprintOf(askPlatform)).as("the other action").isNotNull();
        imported.here().execute("UPDATE action_item SET owner = 'Bo' WHERE id = '" + askPlatform + "'");
        assertThat(actionFingerprintOf(askPlatform)).as("changed by another program").isNull();
        // Changed here a day after the file's copy: compared in full, a conflict.
        assertThat(imported.outcomeOf(DATA_TEST)).isEqualTo(PlanEntry.Outcome.CONFLICT);
    }

    @Test
    void deletingTheAssessmentAnActionWasRaisedInForgetsTheActionsFingerprint() throws Exception {
        try (AssessmentStore store = imported.here().open(imported.hereClock())) {
            store.deleteAssessment(imported.ids().q3().id());
        }
        assertThat(imported.here().single("SELECT raised_in FROM action_item WHERE id = '" + askPlatform + "'")).isNull();
        assertThat(actionFingerprintOf(askPlatform)).isNull();
        assertThat(actionFingerprintOf(imported.ids().dataTest().id())).isNotNull();
    }

    @Test
    void aKnownActionWhoseAssessmentLeftTheFileIsStillRefused() throws Exception {
        // The action raised in Q3 is known by its bytes; the file no longer has Q3 itself.
        imported.edit(withPrecedingComma(ImportedExport.recordOf(imported.exported(), imported.ids().q3().id())), "");
        assertThat(problemsOfThePlan()).extracting(ExchangeProblem::pointer)
                .containsExactly("/teams/" + search + "/actions/1/raisedIn");
    }

    @Test
    void aKnownAssessmentTwiceInTheFileIsStillRefused() throws Exception {
        String q2 = ImportedExport.recordOf(imported.exported(), imported.ids().q2().id());
        String q3 = withPrecedingComma(ImportedExport.recordOf(imported.exported(), imported.ids().q3().id()));
        String separator = q3.substring(0, q3.indexOf('{'));
        imported.edit(q2, q2 + separator + q2);
        assertThat(problemsOfThePlan()).extracting(ExchangeProblem::pointer)
                .containsExactly("/teams/" + search + "/assessments/1/id");
    }

    @Test
    void aKnownAssessmentWhoseSnapshotTheFileNoLongerCarriesIsReadAndRefused() throws Exception {
        String snapshot = imported.here().single("SELECT snapshot_sha256 FROM assessment WHERE id = '"
                + imported.ids().fraudQ3().id() + "'");
        String entry = ImportedExport.objectAround(imported.exported(), "\"sha256\": \"" + snapshot + "\"");
        imported.edit(withPrecedingComma(entry), "");
        int fraud = 1 - search;
        assertThat(problemsOfThePlan()).extracting(ExchangeProblem::pointer)
                .containsExactly("/teams/" + fraud + "/assessments/0/rubric/sha256");
    }

    @Test
    void aRecordThatIsNotKnownAmongKnownOnesIsCheckedWhereItStands() throws Exception {
        imported.edit("\"status\": \"done\"", "\"status\": \"finished\"");
        List<ExchangeProblem> problems = problemsOfThePlan();
        assertThat(problems).extracting(ExchangeProblem::pointer).containsExactly("/teams/" + search + "/actions/0/status");
        assertThat(problems.getFirst().line()).isEqualTo(lineOf("\"status\": \"finished\""));
    }

    @Test
    void aKeyRepeatedInARecordAmongKnownOnesIsToldAsWhenNothingIsKnown() throws Exception {
        // Known teams' records are skimmed without looking for repeated keys; the one record not known
        // is read on its own, and its problem told with the same pointer, line and column.
        imported.edit("\"owner\": \"Ana\"", "\"owner\": \"Ana\",\n      \"owner\": \"Ana\"");
        List<ExchangeProblem> problems = problemsOfThePlan();
        List<ExchangeProblem> withNothingKnown = catchProblems(() -> ExchangeImporter.planningForNewDatabase(
                java.util.Locale.ENGLISH).plan(imported.file(), TransferProgress.NONE));
        assertThat(problems).hasSize(1).isEqualTo(withNothingKnown);
        assertThat(problems.getFirst().pointer()).isEqualTo("/teams/" + search + "/actions/0/owner");
        assertThat(problems.getFirst().line()).isEqualTo(lineOf("\"owner\": \"Ana\",\n") + 1);
        assertThat(problems.getFirst().message()).contains("owner");
    }

    @Test
    void anActionEditedInTheFileIsReadUpdatedAndFromThenOnComparedInFull() throws Exception {
        String ask = ImportedExport.recordOf(imported.exported(), askPlatform);
        Matcher updated = Pattern.compile("\"updatedAt\": \"([^\"]+)\"").matcher(ask);
        assertThat(updated.find()).isTrue();
        imported.edit(ask, ask.replace("\"Ask the platform team\"", "\"Ask the platform team again\"")
                .replace(updated.group(), "\"updatedAt\": \"2027-01-04T09:00:00.000Z\""));
        String again = "Search ranking · action “Ask the platform team again”";
        ImportPlan plan = imported.plan();
        assertThat(plan.entries()).filteredOn(entry -> entry.name().equals(again)).extracting(PlanEntry::outcome)
                .containsExactly(PlanEntry.Outcome.UPDATE);
        try (AssessmentStore store = imported.here().open(imported.hereClock())) {
            new ExchangeImporter(store).apply(plan);
        }
        assertThat(imported.here().single("SELECT text FROM action_item WHERE id = '" + askPlatform + "'"))
                .isEqualTo("Ask the platform team again");
        // An update keeps the assessment the action was raised in, so it is not remembered as its record.
        assertThat(actionFingerprintOf(askPlatform)).isNull();
        assertThat(imported.outcomeOf(again)).isEqualTo(PlanEntry.Outcome.UNCHANGED);
    }

    private List<ExchangeProblem> problemsOfThePlan() {
        return catchProblems(imported::plan);
    }

    private static List<ExchangeProblem> catchProblems(org.assertj.core.api.ThrowableAssert.ThrowingCallable plan) {
        InvalidExchangeFileException[] caught = new InvalidExchangeFileException[1];
        assertThatThrownBy(plan).isInstanceOfSatisfying(InvalidExchangeFileException.class, e -> caught[0] = e);
        return caught[0].problems();
    }

    private int lineOf(String text) throws Exception {
        String now = Files.readString(imported.file());
        int at = now.indexOf(text);
        assertThat(at).isNotNegative();
        return (int) now.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private String actionFingerprintOf(UUID actionId) {
        return imported.here().single("SELECT sha256 FROM action_import_fingerprint WHERE action_id = '" + actionId + "'");
    }

    /** The object with the comma, line end and indent before it in the file: what cuts it out of its list. */
    private String withPrecedingComma(String object) {
        String file = imported.exported();
        int at = file.indexOf(object);
        int previous = file.lastIndexOf('}', at);
        String between = file.substring(previous + 1, at);
        assertThat(between).startsWith(",\n");
        assertThat(between.substring(1)).isBlank();
        return between + object;
    }
}
