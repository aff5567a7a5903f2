package io.debtmeter.core.assessment;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Team;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Teams, assessments, answers and actions, kept durably. Every method that changes something has
 * committed it to disk when it returns: the UI may show "Saved" then, and not before.
 * Methods block; the UI calls them through its background executor. Failures throw
 * {@link StoreException} with a message for the user, and leave the stored data unchanged.
 * Writing whole teams or a merged file at once, with ids and times decided: {@link BulkWrites}.
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

    /**
     * Replaces the response for its item, whatever is stored (last writer wins): for one person's
     * own edits, samples and tests. Refused (StoreException) when the assessment is final.
     */
    void saveResponse(UUID assessmentId, ItemResponse response);

    /** Responses by item id with their versions and save times; items never touched are absent. */
    Map<String, StoredResponse> storedResponses(UUID assessmentId);

    /**
     * Replaces the response for its item if the stored one is still the version the change is based
     * on ({@link StoredResponse#NEVER_SAVED} for an item without a stored response), and returns the
     * new version. If someone else saved the item since, nothing is written and {@link
     * AnswerConflictException} carries their answer; if they saved the very same answer, that is no
     * conflict and its version is returned. Refused (StoreException) when the assessment is final.
     */
    long saveResponse(UUID assessmentId, ItemResponse response, long basedOnVersion);

    /**
     * True for a store that other people write at the same time (a shared database server): its
     * readers look for their changes now and then. A file is one team's, opened on one laptop.
     */
    default boolean isShared() {
        return false;
    }

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

    // --- reading many at once (charts, comparison, portfolio) ----------------------------------
    // The defaults are correct but make one query per assessment; the SQLite store answers each in
    // a few queries, which is what keeps 500 teams x 40 assessments fast.

    /** Responses of many assessments, by assessment id then item id. */
    default Map<UUID, Map<String, ItemResponse>> responses(java.util.Collection<UUID> assessmentIds) {
        Map<UUID, Map<String, ItemResponse>> result = new java.util.LinkedHashMap<>();
        assessmentIds.forEach(id -> result.put(id, responses(id)));
        return result;
    }

    /**
     * Every rubric snapshot some assessment was taken with, each once: what an export of everything
     * names first. By default found team by team; the SQLite store asks once.
     */
    default Collection<Rubric> rubricsInUse() {
        Map<Rubric, Boolean> found = new java.util.IdentityHashMap<>();
        for (Team team : teams()) {
            rubricsOf(assessments(team.id()).stream().map(Assessment::id).toList()).values()
                    .forEach(rubric -> found.put(rubric, true));
        }
        return List.copyOf(found.keySet());
    }

    /** Rubric snapshots of many assessments, by assessment id; equal snapshots are the same object. */
    default Map<UUID, Rubric> rubricsOf(java.util.Collection<UUID> assessmentIds) {
        Map<UUID, Rubric> result = new java.util.LinkedHashMap<>();
        assessmentIds.forEach(id -> result.put(id, rubricOf(id)));
        return result;
    }

    /**
     * The headline score of many assessments, by assessment id, scored as {@link
     * io.debtmeter.core.scoring.ScoreCalculator} scores them. The SQLite store keeps these in a cache
     * that any change to an answer clears, so lists of many assessments need not read every answer.
     */
    default Map<UUID, ScoreSummary> scoreSummaries(Collection<UUID> assessmentIds) {
        ScoreCalculator calculator = new ScoreCalculator();
        Map<UUID, Rubric> rubrics = rubricsOf(assessmentIds);
        Map<UUID, Map<String, ItemResponse>> responses = responses(assessmentIds);
        Map<UUID, ScoreSummary> result = new LinkedHashMap<>();
        for (UUID id : assessmentIds) {
            Map<String, Answer> answers = new HashMap<>();
            responses.get(id).forEach((item, response) -> response.answer().ifPresent(a -> answers.put(item, a)));
            result.put(id, ScoreSummary.of(calculator.score(rubrics.get(id), answers)));
        }
        return result;
    }

    /** Every team's newest assessment (by date, then creation time), by team id; teams with none are absent. */
    default Map<UUID, Assessment> latestAssessments() {
        Map<UUID, Assessment> result = new java.util.LinkedHashMap<>();
        teams().forEach(team -> assessments(team.id()).stream().findFirst().ifPresent(a -> result.put(team.id(), a)));
        return result;
    }

    /**
     * The assessments whose id starts with {@code idPrefix} (lower-case, as ids are written): what a
     * person typed as a short id. The SQLite store reads them off the primary key's index.
     */
    default List<Assessment> assessmentsWithIdPrefix(String idPrefix) {
        List<Assessment> found = new java.util.ArrayList<>();
        teams().forEach(team -> assessments(team.id()).stream()
                .filter(a -> a.id().toString().startsWith(idPrefix)).forEach(found::add));
        return found;
    }

    /** How many assessments each team has, by team id; teams without any are absent. */
    default Map<UUID, Integer> assessmentCounts() {
        Map<UUID, Integer> result = new java.util.LinkedHashMap<>();
        teams().forEach(team -> {
            int count = assessments(team.id()).size();
            if (count > 0) {
                result.put(team.id(), count);
            }
        });
        return result;
    }

    /** Every team's two newest assessments (newest first), by team id: the portfolio's arrows. */
    default Map<UUID, List<Assessment>> latestTwoAssessments() {
        Map<UUID, List<Assessment>> result = new java.util.LinkedHashMap<>();
        teams().forEach(team -> {
            List<Assessment> all = assessments(team.id());
            if (!all.isEmpty()) {
                result.put(team.id(), List.copyOf(all.subList(0, Math.min(2, all.size()))));
            }
        });
        return result;
    }

    // --- targets ("where we want to be next quarter") -----------------------------------------

    /** The targets set in this assessment; none when nothing was set. */
    default io.debtmeter.model.Targets targets(UUID assessmentId) {
        return io.debtmeter.model.Targets.none();
    }

    /** The targets of many assessments, by assessment id in the order asked. */
    default Map<UUID, io.debtmeter.model.Targets> targets(Collection<UUID> assessmentIds) {
        Map<UUID, io.debtmeter.model.Targets> result = new LinkedHashMap<>();
        assessmentIds.forEach(id -> result.put(id, targets(id)));
        return result;
    }

    /**
     * This team's assessments still stored exactly as imported, by the fingerprint of the record each
     * was imported from ({@link ImportWrites#rememberRecord}; one changed since, or never imported,
     * is absent), in one query: an import that meets a record with one of these fingerprints knows it
     * without reading it (decisions 0036, 0037). A store that keeps none answers empty, and every
     * record is read and compared in full.
     */
    default Map<String, ImportedRecord> importedRecords(UUID teamId) {
        return Map.of();
    }

    /**
     * This team's actions still stored exactly as imported, by the fingerprint of the record each was
     * imported from ({@link ImportWrites#rememberAction}), in one query. A store that keeps none
     * answers empty.
     */
    default Map<String, ActionItem> importedActions(UUID teamId) {
        return Map.of();
    }

    /**
     * Sets (or with an empty value clears) the target maturity 0..100 of a category. Targets are
     * planning, not answers: unlike {@link #saveResponse} they may be set on a final assessment.
     * Refused (StoreException) when the value is outside 0..100.
     */
    default void setCategoryTarget(UUID assessmentId, String categoryId, java.util.OptionalDouble maturity) {
        throw new StoreException("Targets cannot be saved in this database.");
    }

    /**
     * Sets (or with an empty value clears) the target level of an item; allowed on final assessments.
     * Refused (StoreException) when the item does not have that level (or, for a litmus question, no
     * option with that score).
     */
    default void setItemTarget(UUID assessmentId, String itemId, java.util.OptionalDouble level) {
        throw new StoreException("Targets cannot be saved in this database.");
    }

    /**
     * Damage known so far, without waiting for a check of the whole file: what the store met while
     * reading, or what a finished check found. What a reading command printed came from pages the
     * database read and checked as it went, so this is enough to refuse summarising a damaged file.
     */
    default Optional<String> damageKnown() {
        return damage();
    }

    /**
     * A description of damage found in the store's file, for the user; empty when none is known.
     * May wait for a check of the whole file still running.
     */
    default Optional<String> damage() {
        return Optional.empty();
    }

    /**
     * Runs {@code work}, which calls this store's methods, so that all of its writes take effect or
     * none. Stores without transactions just run it.
     */
    default <T> T inOneTransaction(String failedAction, java.util.function.Supplier<T> work) {
        return work.get();
    }

    @Override
    void close();
}
