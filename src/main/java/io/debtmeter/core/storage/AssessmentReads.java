package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreSummary;

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
        return transactions.read("Could not read the assessment's rubric",
                () -> snapshots.get(assessments.header(assessmentId).snapshot()));
    }

    Optional<Assessment> previous(UUID assessmentId) {
        return transactions.read("Could not read the previous assessment", () -> {
            Optional<Assessment> current = assessments.find(assessmentId);
            return current.isEmpty() ? Optional.empty() : assessments.previous(current.get());
        });
    }

    Map<UUID, Map<String, ItemResponse>> responses(Collection<UUID> assessmentIds) {
        return transactions.read("Could not read the answers", () -> responses.of(assessmentIds));
    }

    Map<UUID, Rubric> rubricsOf(Collection<UUID> assessmentIds) {
        return transactions.read("Could not read the assessments' rubrics", () -> {
            Map<UUID, String> hashes = assessments.snapshotsOf(assessmentIds);
            Map<UUID, Rubric> rubrics = new LinkedHashMap<>();
            for (UUID id : assessmentIds) {
                String hash = hashes.get(id);
                if (hash == null) {
                    throw new StoreException("This assessment no longer exists.");
                }
                rubrics.put(id, snapshots.get(hash));
            }
            return rubrics;
        });
    }

    Map<UUID, ScoreSummary> scoreSummaries(Collection<UUID> assessmentIds) {
        Map<UUID, Rubric> rubrics = rubricsOf(assessmentIds);
        Map<UUID, ScoreSummary> found = transactions.read("Could not read the scores",
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
                return transactions.write("Could not keep the scores", () -> {
                    Map<UUID, ScoreSummary> computed = summaries.compute(responses.answersOf(missing), rubrics);
                    summaries.save(computed, rubrics);
                    return computed;
                });
            } catch (StoreException cacheNotWritten) {
                // Only the cache failed; computing from the answers below is still correct.
            }
        }
        return transactions.read("Could not read the answers",
                () -> summaries.compute(responses.answersOf(missing), rubrics));
    }

    Map<UUID, Assessment> latest() {
        Map<UUID, Assessment> latest = new LinkedHashMap<>();
        newestOfEachTeam(1).forEach((team, newest) -> latest.put(team, newest.get(0)));
        return latest;
    }

    List<Assessment> withIdPrefix(String prefix) {
        return transactions.read("Could not find the assessment", () -> assessments.withIdPrefix(prefix));
    }

    Map<UUID, Integer> countsByTeam() {
        return transactions.read("Could not count the assessments", assessments::countsByTeam);
    }

    /** Every team's {@code perTeam} newest assessments, newest first, by team id. */
    Map<UUID, List<Assessment>> newestOfEachTeam(int perTeam) {
        return transactions.read("Could not read the latest assessments", () -> assessments.newestOfEachTeam(perTeam));
    }
}
