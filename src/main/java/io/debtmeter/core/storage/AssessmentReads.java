package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreSummary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reads of assessments that take more than one query for {@link SqliteAssessmentStore}: the
 * rubric snapshot, the previous assessment, and many assessments at once (charts, comparison,
 * portfolio) in one query each, whatever the number of teams or assessments, with the score cache.
 * The store's lock is held by the caller.
 */
record AssessmentReads(WriteTransactions transactions, boolean readOnly, FileHealth health,
                       AssessmentRows assessments, ResponseRows responses, RubricSnapshots snapshots,
                       ScoreSummaries summaries) {

    /** How long the score cache waits for the open's damage check before scores go uncached. */
    private static final long CACHE_WAITS_FOR_CHECK_MILLIS = 250;

    AssessmentReads(WriteTransactions transactions, boolean readOnly, FileHealth health, StoreRows rows) {
        this(transactions, readOnly, health, rows.assessments(), rows.responses(), rows.snapshots(), rows.summaries());
    }

    Rubric rubricOf(UUID assessmentId) {
        return transactions.read(StoreAction.READ_ASSESSMENT_RUBRIC,
                () -> snapshots.get(assessments.header(assessmentId).snapshot()));
    }

    Optional<Assessment> previous(UUID assessmentId) {
        return transactions.read(StoreAction.READ_PREVIOUS_ASSESSMENT, () -> {
            Optional<Assessment> current = assessments.find(assessmentId);
            return current.isEmpty() ? Optional.empty() : assessments.previous(current.get());
        });
    }

    Map<UUID, Map<String, ItemResponse>> responses(Collection<UUID> assessmentIds) {
        return transactions.read(StoreAction.READ_ANSWERS, () -> responses.of(assessmentIds));
    }

    Map<UUID, Rubric> rubricsOf(Collection<UUID> assessmentIds) {
        return transactions.read(StoreAction.READ_ASSESSMENTS_RUBRICS, () -> {
            Map<UUID, String> hashes = assessments.snapshotsOf(assessmentIds);
            Map<UUID, Rubric> rubrics = new LinkedHashMap<>();
            for (UUID id : assessmentIds) {
                String hash = hashes.get(id);
                if (hash == null) {
                    throw new StoreException(transactions.texts().get("store.assessmentGone"));
                }
                rubrics.put(id, snapshots.get(hash));
            }
            return rubrics;
        });
    }

    /** Each snapshot any assessment names, once, in one query. */
    Collection<Rubric> rubricsInUse() {
        return transactions.read(StoreAction.READ_ASSESSMENTS_RUBRICS, () -> {
            List<Rubric> rubrics = new ArrayList<>();
            for (String hash : assessments.snapshotsInUse()) {
                rubrics.add(snapshots.get(hash));
            }
            return rubrics;
        });
    }

    Map<UUID, ScoreSummary> scoreSummaries(Collection<UUID> assessmentIds) {
        Map<UUID, Rubric> rubrics = rubricsOf(assessmentIds);
        Map<UUID, ScoreSummary> found = transactions.read(StoreAction.READ_SCORES,
                () -> summaries.cached(assessmentIds, rubrics));
        List<UUID> missing = assessmentIds.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            found.putAll(scoreAndCache(missing, rubrics));
        }
        Map<UUID, ScoreSummary> ordered = new LinkedHashMap<>();
        assessmentIds.forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    /**
     * Scores assessments without a cached summary, and caches them in the same transaction that read
     * their answers, so no answer saved in between can be missed. When the cache cannot be written
     * (read-only file, full disk, another program writing, the open's damage check still running)
     * the scores are returned all the same.
     */
    private Map<UUID, ScoreSummary> scoreAndCache(List<UUID> missing, Map<UUID, Rubric> rubrics) {
        // The cache is not worth waiting long for the damage check (a second on a large file; a few
        // milliseconds on a small one, which is worth it).
        if (!readOnly && health.checkedWithin(CACHE_WAITS_FOR_CHECK_MILLIS) && health.damage().isEmpty()) {
            try {
                return transactions.write(StoreAction.KEEP_SCORES, () -> {
                    Map<UUID, ScoreSummary> computed = summaries.compute(responses.answersOf(missing), rubrics);
                    summaries.save(computed, rubrics);
                    return computed;
                });
            } catch (StoreException cacheNotWritten) {
                // Only the cache failed; computing from the answers below is still correct.
            }
        }
        return transactions.read(StoreAction.READ_ANSWERS,
                () -> summaries.compute(responses.answersOf(missing), rubrics));
    }

    Map<UUID, Assessment> latest() {
        Map<UUID, Assessment> latest = new LinkedHashMap<>();
        newestOfEachTeam(1).forEach((team, newest) -> latest.put(team, newest.get(0)));
        return latest;
    }

    List<Assessment> withIdPrefix(String prefix) {
        return transactions.read(StoreAction.FIND_ASSESSMENT, () -> assessments.withIdPrefix(prefix));
    }

    Map<UUID, Integer> countsByTeam() {
        return transactions.read(StoreAction.COUNT_ASSESSMENTS, assessments::countsByTeam);
    }

    /** Every team's {@code perTeam} newest assessments, newest first, by team id. */
    Map<UUID, List<Assessment>> newestOfEachTeam(int perTeam) {
        return transactions.read(StoreAction.READ_LATEST_ASSESSMENTS, () -> assessments.newestOfEachTeam(perTeam));
    }
}
