package io.debtmeter.ui.compare;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import io.debtmeter.testsupport.TestStores;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.debtmeter.testsupport.TestRubrics.choice;
import static io.debtmeter.testsupport.TestRubrics.level;
import static io.debtmeter.testsupport.TestRubrics.notApplicable;

/**
 * A real SQLite store holding two teams whose every answer is known (the same answers as
 * {@code AssessmentComparerTest}, so the same hand-computed numbers apply), plus notes and actions.
 *
 * <pre>
 * Search ranking  Q1 2026-03-01 (rubric 1.0): versioning 1, lineage 2, reproduce hand, tests 3, fairness N/A, monitoring 2, rollback open
 *                 Q2 2026-06-01 (rubric 1.0): versioning 3, lineage 1, reproduce script, tests 3, fairness 2, monitoring 1, rollback 4
 *                 Q3 2026-09-01 (rubric 2.0): versioning 3, lineage 2, reproduce command, tests 2, fairness N/A, monitoring 3, alerts 1
 * Ads             Q2 2026-06-15 (rubric 1.0): every practice 2, reproduce no
 * Empty team      no assessments
 * Actions of Search, raised in Q1: DVC (versioning) done 2026-04-20, lineage doc (lineage) dropped 2026-05-02,
 *   rollback script (rollback) done 2026-07-10, fairness checks (fairness) still open.
 * Action of Ads, raised in its Q2: bidder tests (tests) done 2026-06-10.
 * </pre>
 */
final class CompareTestData implements AutoCloseable {

    static final String Q1_VERSIONING_NOTE = "Training sets are copied to a dated folder by hand.";
    static final String Q2_VERSIONING_NOTE = "DVC now versions every training set, including the click logs.";
    static final String Q1_LINEAGE_NOTE = "OpenLineage runs on every job.";
    static final String Q2_LINEAGE_NOTE = "The lineage service was retired in April; tables are listed in a wiki again.";
    static final String Q2_MONITORING_NOTE = "Dashboards only: the drift alert was switched off after false alarms.";

    final TestClock clock = new TestClock("2026-01-05T09:00:00Z");
    final AssessmentStore store;
    final Team search;
    final Team ads;
    final Team empty;
    final Assessment q1;
    final Assessment q2;
    final Assessment q3;
    final Assessment adsQ2;

    CompareTestData(Path folder) throws Exception {
        store = TestStores.create(folder, "compare.db", clock);
        search = store.createTeam("Search ranking");
        ads = store.createTeam("Ads");
        empty = store.createTeam("Empty team");
        Rubric v1 = TestRubrics.compareVersion1();
        q1 = assessment(search, v1, LocalDate.of(2026, 3, 1), "2026-Q1", List.of(
                level("versioning", 1, Q1_VERSIONING_NOTE), level("lineage", 2, Q1_LINEAGE_NOTE), choice("reproduce", "hand"),
                level("tests", 3), notApplicable("fairness", "The ranker makes no decisions about people."),
                level("monitoring", 2)));
        ActionItem dvc = store.addAction(q1.id(), "versioning", "Put the training sets under DVC", "Aiko", Optional.empty());
        ActionItem lineageDoc = store.addAction(q1.id(), "lineage", "Document the lineage of every table", "Ben", Optional.empty());
        ActionItem rollback = store.addAction(q1.id(), "rollback", "Write a one-step rollback script", "", Optional.empty());
        store.addAction(q1.id(), "fairness", "Add fairness checks if we ever rank people", "Chloé", Optional.empty());
        close(dvc, ActionStatus.DONE, "2026-04-20T10:00:00Z");
        close(lineageDoc, ActionStatus.DROPPED, "2026-05-02T15:30:00Z");
        q2 = assessment(search, v1, LocalDate.of(2026, 6, 1), "2026-Q2", List.of(
                level("versioning", 3, Q2_VERSIONING_NOTE), level("lineage", 1, Q2_LINEAGE_NOTE), choice("reproduce", "script"),
                level("tests", 3), level("fairness", 2), level("monitoring", 1, Q2_MONITORING_NOTE), level("rollback", 4)));
        close(rollback, ActionStatus.DONE, "2026-07-10T08:00:00Z");
        q3 = assessment(search, TestRubrics.compareVersion2(), LocalDate.of(2026, 9, 1), "2026-Q3", List.of(
                level("versioning", 3, "Still DVC."), level("lineage", 2), choice("reproduce", "command"),
                level("tests", 2), notApplicable("fairness", ""), level("monitoring", 3), level("alerts", 1)));
        adsQ2 = assessment(ads, v1, LocalDate.of(2026, 6, 15), "2026-Q2", List.of(
                level("versioning", 2), level("lineage", 2), choice("reproduce", "no"), level("tests", 2),
                level("fairness", 2), level("monitoring", 2), level("rollback", 2)));
        close(store.addAction(adsQ2.id(), "tests", "Test the bidder before each release", "Dan", Optional.empty()),
                ActionStatus.DONE, "2026-06-10T12:00:00Z");
    }

    private Assessment assessment(Team team, Rubric rubric, LocalDate date, String period, List<ItemResponse> responses) {
        // Created two weeks before its date, as a facilitator prepares a retrospective.
        clock.set(date.minusDays(14).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toString());
        Assessment assessment = store.createAssessment(new NewAssessment(team.id(), rubric, date, period, List.of("Aiko", "Ben"),
                Optional.empty()));
        responses.forEach(response -> store.saveResponse(assessment.id(), response));
        return store.finish(assessment.id());
    }

    private void close(ActionItem action, ActionStatus status, String at) {
        clock.set(at);
        store.updateAction(new ActionItem(action.id(), action.teamId(), action.raisedIn(), action.itemId(), action.text(),
                action.owner(), action.due(), status, action.createdAt(), action.updatedAt()));
    }

    @Override
    public void close() {
        store.close();
    }
}
