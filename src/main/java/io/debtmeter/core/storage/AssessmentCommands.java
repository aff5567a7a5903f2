package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.CarryOverRule;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.AnswerConflictException;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.assessment.StoredResponse;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Optional;
import java.util.UUID;

/**
 * The changes to one assessment (creating it, its details, status, answers and targets) for
 * {@link SqliteAssessmentStore}, each one write transaction. The store's lock is held by the caller.
 */
record AssessmentCommands(WriteTransactions transactions, Timestamps time, TeamRows teams, AssessmentRows assessments,
                          ResponseRows responses, RubricSnapshots snapshots, TargetRows targets) {

    AssessmentCommands(WriteTransactions transactions, Timestamps time, StoreRows rows) {
        this(transactions, time, rows.teams(), rows.assessments(), rows.responses(), rows.snapshots(), rows.targets());
    }

    Assessment create(NewAssessment request) {
        Objects.requireNonNull(request.rubric(), "rubric");
        Objects.requireNonNull(request.date(), "date");
        return transactions.write(StoreAction.CREATE_ASSESSMENT, () -> {
            teams.require(request.teamId());
            Instant now = time.now();
            String snapshot = snapshots.store(request.rubric());
            Assessment created = new Assessment(UUID.randomUUID(), request.teamId(), request.rubric().id(),
                    request.rubric().version(), request.date(), Objects.requireNonNullElse(request.period(), ""),
                    request.participants(), AssessmentStatus.DRAFT, now, now);
            assessments.insert(created, snapshot);
            if (request.carryOverFrom().isPresent()) {
                carryOver(request.carryOverFrom().get(), created.id(), snapshots.get(snapshot), now);
            }
            return created;
        });
    }

    /**
     * Copies what {@link CarryOverRule} carries and still fits the new rubric; an item the rubric dropped,
     * or whose answer no longer fits, is simply asked again.
     */
    private void carryOver(UUID fromId, UUID toId, Rubric rubric, Instant now) throws SQLException {
        Assessment from = assessments.find(fromId).orElseThrow(
                () -> new StoreException(transactions.texts().get("store.carryOverGone")));
        for (ItemResponse earlier : responses.of(fromId).values()) {
            Optional<ItemResponse> copy = CarryOverRule.carry(earlier, from, rubric);
            if (copy.isPresent() && AnswerRules.fits(rubric, copy.get())) {
                responses.save(toId, copy.get(), now);
            }
        }
    }

    Assessment updateDetails(UUID assessmentId, LocalDate date, String period, List<String> participants) {
        Objects.requireNonNull(date, "date");
        return transactions.write(StoreAction.CHANGE_ASSESSMENT, () -> {
            requireDraft(assessments.header(assessmentId));
            assessments.updateDetails(assessmentId, date, Objects.requireNonNullElse(period, ""),
                    List.copyOf(participants), time.now());
            return assessments.require(assessmentId);
        });
    }

    void delete(UUID assessmentId) {
        transactions.write(StoreAction.DELETE_ASSESSMENT, () -> {
            assessments.delete(assessmentId);
            return null;
        });
    }

    void saveResponse(UUID assessmentId, ItemResponse response) {
        Objects.requireNonNull(response, "response");
        transactions.write(StoreAction.SAVE_ANSWER, () -> {
            AssessmentRows.Header header = assessments.header(assessmentId);
            requireDraft(header);
            AnswerRules.check(transactions.texts(), snapshots.get(header.snapshot()), response);
            Instant now = time.now();
            responses.save(assessmentId, response, now);
            assessments.touch(assessmentId, now);
            return null;
        });
    }

    /**
     * Saves the response if the stored one is still {@code basedOnVersion}; see {@link
     * io.debtmeter.core.assessment.AssessmentStore#saveResponse(UUID, ItemResponse, long)}. The check and
     * the write are one write transaction, which no other Debtmeter write can interleave with.
     */
    long saveResponse(UUID assessmentId, ItemResponse response, long basedOnVersion) {
        Objects.requireNonNull(response, "response");
        return transactions.write(StoreAction.SAVE_ANSWER, () -> {
            AssessmentRows.Header header = assessments.header(assessmentId);
            requireDraft(header);
            AnswerRules.check(transactions.texts(), snapshots.get(header.snapshot()), response);
            Optional<StoredResponse> stored = responses.stored(assessmentId, response.itemId());
            long current = stored.map(StoredResponse::version).orElse(StoredResponse.NEVER_SAVED);
            if (current != basedOnVersion) {
                StoredResponse theirs = stored.orElseThrow(() -> new StoreException(
                        transactions.texts().get("store.answerRemoved")));
                if (theirs.response().equals(response)) {
                    return current;
                }
                throw new AnswerConflictException(transactions.texts().get("store.answerConflict"), theirs);
            }
            Instant now = time.now();
            responses.save(assessmentId, response, now);
            assessments.touch(assessmentId, now);
            return current + 1;
        });
    }

    Assessment setStatus(UUID assessmentId, AssessmentStatus status, StoreAction failedAction) {
        return transactions.write(failedAction, () -> {
            Assessment current = assessments.require(assessmentId);
            if (current.status() == status) {
                return current;
            }
            assessments.setStatus(assessmentId, status, time.now());
            return assessments.require(assessmentId);
        });
    }

    /**
     * Targets are planning, not answers: unlike answers they may be changed on a final assessment.
     * They are part of the assessment all the same, so a change touches its changed time: an import
     * decides which copy is newer by that time, and would otherwise keep an older target.
     */
    void setTarget(UUID assessmentId, TargetRows.Scope scope, String refId, OptionalDouble value) {
        Objects.requireNonNull(value, "value");
        transactions.write(StoreAction.SAVE_TARGET, () -> {
            Rubric rubric = snapshots.get(assessments.header(assessmentId).snapshot());
            Instant now = time.now();
            targets.change(rubric, assessmentId, scope, refId, value, now);
            assessments.touch(assessmentId, now);
            return null;
        });
    }

    private void requireDraft(AssessmentRows.Header header) {
        if (header.status() == AssessmentStatus.FINAL) {
            throw new StoreException(transactions.texts().get("store.assessmentFinal"));
        }
    }
}
