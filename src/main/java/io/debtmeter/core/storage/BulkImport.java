package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentBundle;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes whole teams inside the caller's transaction, checked by the same rules and written by the
 * same row code as the one-at-a-time store methods, so what it leaves is what creating the team,
 * its assessments, answers, targets and actions through the API would leave (with the bundle's ids
 * and times instead of fresh ones). Answers go in as one prepared-statement batch per assessment.
 */
record BulkImport(TeamRows teams, AssessmentRows assessments, ResponseRows responses, ActionRows actions,
                  TargetRows targets, ImportSnapshots snapshots) {

    /** With a snapshot cache of its own: one import stores each rubric once. */
    BulkImport(StoreRows rows) {
        this(rows.teams(), rows.assessments(), rows.responses(), rows.actions(), rows.targets(),
                new ImportSnapshots(rows.snapshots()));
    }

    void write(TeamBundle bundle) throws SQLException {
        teams.insert(bundle.team());
        Map<UUID, Rubric> rubricOfAssessment = new HashMap<>();
        for (AssessmentBundle entry : bundle.assessments()) {
            Assessment assessment = entry.assessment();
            if (!assessment.teamId().equals(bundle.team().id())) {
                throw new StoreException(teams.texts().get("store.bulk.otherTeam", String.valueOf(assessment.date())));
            }
            String hash = snapshots.store(entry.rubric());
            Rubric snapshot = snapshots.get(hash);
            for (ItemResponse response : entry.responses()) {
                AnswerRules.check(teams.texts(), snapshot, response);
            }
            TargetRules.check(teams.texts(), snapshot, entry.targets());
            assessments.insert(assessment, hash);
            responses.saveAll(assessment.id(), entry.responses(), assessment.updatedAt());
            targets.setAll(assessment.id(), entry.targets(), assessment.updatedAt());
            rubricOfAssessment.put(assessment.id(), snapshot);
        }
        for (ActionItem action : bundle.actions()) {
            Rubric rubric = rubricOfAssessment.get(action.raisedIn());
            if (rubric == null || !action.teamId().equals(bundle.team().id())) {
                throw new StoreException(teams.texts().get("store.bulk.actionNotRaised", action.text()));
            }
            if (rubric.item(action.itemId()).isEmpty()) {
                throw new StoreException(teams.texts().get("store.actionNoItem",
                        rubric.id() + " " + rubric.version(), action.itemId()));
            }
            actions.insert(action);
        }
    }
}
