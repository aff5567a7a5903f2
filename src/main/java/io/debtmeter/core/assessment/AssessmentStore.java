package io.debtmeter.core.assessment;

import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Teams, assessments, answers and actions, kept durably. Every method that changes something has
 * committed it to disk when it returns: the UI may show "Saved" then, and not before.
 * Methods block; the UI calls them through its background executor. Failures throw
 * {@link StoreException} with a message for the user, and leave the stored data unchanged.
 */
public interface AssessmentStore extends AutoCloseable {

    /** The database file. */
    Path location();

    /** True when the file was opened for reading only (e.g. written by a newer app version). */
    boolean isReadOnly();

    // --- teams ---------------------------------------------------------------------------

    /** All teams, by name (case-insensitive). */
    List<Team> teams();

    Optional<Team> team(UUID teamId);

    /** Names must be non-blank and unique ignoring case. */
    Team createTeam(String name);

    Team renameTeam(UUID teamId, String newName);

    /** Deletes the team with all its assessments, answers and actions. */
    void deleteTeam(UUID teamId);

    // --- assessments ---------------------------------------------------------------------

    /** The team's assessments, newest date first (ties: newest created first). */
    List<Assessment> assessments(UUID teamId);

    Optional<Assessment> assessment(UUID assessmentId);

    /** Creates a draft; with carry-over, copies the earlier answers marked as carried over. */
    Assessment createAssessment(NewAssessment request);

    /** Changes date, period and participants of a draft. */
    Assessment updateDetails(UUID assessmentId, LocalDate date, String period, List<String> participants);

    void deleteAssessment(UUID assessmentId);

    /** The rubric exactly as it was when the assessment was created. */
    Rubric rubricOf(UUID assessmentId);

    /** Responses by item id; items never touched are absent. */
    Map<String, ItemResponse> responses(UUID assessmentId);

    /** Replaces the response for its item. Refused (StoreException) when the assessment is final. */
    void saveResponse(UUID assessmentId, ItemResponse response);

    /** Makes the assessment final (read-only). */
    Assessment finish(UUID assessmentId);

    /** Makes a final assessment a draft again: an explicit action in the UI. */
    Assessment reopen(UUID assessmentId);

    /** The same team's assessment just before this one (by date, then creation time), if any. */
    Optional<Assessment> previousAssessment(UUID assessmentId);

    // --- actions -------------------------------------------------------------------------

    /** All actions of a team, open ones first, then by creation time. */
    List<ActionItem> actions(UUID teamId);

    /** Adds an open action raised in this assessment for one item. */
    ActionItem addAction(UUID assessmentId, String itemId, String text, String owner, Optional<LocalDate> due);

    /** Saves text, owner, due date and status of an existing action. */
    ActionItem updateAction(ActionItem changed);

    @Override
    void close();
}
