package io.debtmeter.core.assessment;

import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.util.List;

/**
 * The writes of a merged import, with every id and time as the file gives them, valid only inside
 * {@link BulkWrites#applyImport}. Each checks the same rules the ordinary methods do (a taken team
 * name, an answer or target off the rubric), so a mistake in planning cannot store what the app
 * could not have stored; a broken rule throws {@link StoreException} and the whole import is undone.
 */
public interface ImportWrites {

    void addTeam(Team team);

    /** Name and updated time as given; the name is checked like a rename. */
    void updateTeam(Team team);

    /** The assessment with its rubric snapshot, answers and targets. */
    void addAssessment(Assessment assessment, Rubric rubric, List<ItemResponse> answers, Targets set);

    /**
     * Replaces everything recorded in an assessment by the given copy: its details and status, every
     * answer (answers the copy lacks are deleted) and every target. The snapshot stays: an
     * assessment taken with another rubric is a conflict, never an update.
     */
    void replaceAssessment(Assessment assessment, Rubric rubric, List<ItemResponse> answers, Targets set);

    /**
     * Remembers that the assessment, just added or replaced, is stored exactly as the file's record
     * with this fingerprint (the SHA-256 of its bytes, {@link AssessmentStore#importedRecords}).
     * Any later change to its details, answers or targets, by anyone, forgets it.
     */
    void rememberRecord(java.util.UUID assessmentId, String fingerprint);

    /**
     * Remembers that the action, just added or updated, is stored exactly as the file's record with
     * this fingerprint ({@link AssessmentStore#importedActions}). Any later change to it forgets it.
     */
    void rememberAction(java.util.UUID actionId, String fingerprint);

    /** An action as given; it may have lost its assessment ({@code raisedIn} null). */
    void addAction(ActionItem action);

    /** Text, owner, due date, status, updated and closing time as given. */
    void updateAction(ActionItem action);
}
