package io.debtmeter.core.analysis.trends;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads a team's assessments, oldest first, with their rubric snapshots and responses. */
public final class TeamHistory {

    private TeamHistory() {
    }

    /**
     * Blocks: call on the background executor. Uses the store's bulk reads, so a team with 40
     * assessments costs three queries rather than eighty.
     */
    public static List<AssessmentSnapshot> read(AssessmentStore store, UUID teamId) {
        return read(store, teamId, "en");
    }

    /** The same, with each rubric's texts in {@code language} where it has them (one copy per snapshot). */
    public static List<AssessmentSnapshot> read(AssessmentStore store, UUID teamId, String language) {
        List<Assessment> oldestFirst = new ArrayList<>(store.assessments(teamId));
        // The store lists newest first (ties: newest created first); a time axis runs the other way.
        Collections.reverse(oldestFirst);
        List<UUID> ids = oldestFirst.stream().map(Assessment::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Rubric, Rubric> localized = new java.util.IdentityHashMap<>();
        Map<UUID, Rubric> rubrics = new java.util.HashMap<>();
        store.rubricsOf(ids).forEach((id, rubric) -> rubrics.put(id, localized.computeIfAbsent(rubric, r -> r.localized(language))));
        Map<UUID, Map<String, ItemResponse>> responses = store.responses(ids);
        return oldestFirst.stream()
                .map(a -> new AssessmentSnapshot(a, rubrics.get(a.id()), responses.getOrDefault(a.id(), Map.of())))
                .toList();
    }
}
