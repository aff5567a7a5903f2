package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The database's copies of one team's assessments, read a few queries per team rather than four
 * per assessment. An assessment still stored as imported from the same record is known unchanged
 * by its fingerprint; every other one is compared with every answer of it.
 */
final class LocalCopies {
    /** Null when the database does not exist yet. */
    private final AssessmentStore store;
    private final Map<UUID, Assessment> ofTeam = new HashMap<>();
    private final Map<UUID, Map<String, ItemResponse>> responses;
    private final Map<UUID, Rubric> rubrics;
    private final Map<UUID, Targets> targets;
    private final Map<UUID, String> fingerprints;

    /** {@code local} is the team here, or null when it is not in the database. */
    LocalCopies(AssessmentStore store, Team local, ExchangeTeam entry) {
        this.store = store;
        // Those known by their fingerprints were read with the team already (decision 0037).
        List<ExchangeAssessment> read = entry.assessments().stream().filter(ExchangeAssessment::answersRead).toList();
        if (local != null && !read.isEmpty()) {
            store.assessments(local.id()).forEach(assessment -> ofTeam.put(assessment.id(), assessment));
        }
        List<UUID> present = read.stream().map(a -> a.assessment().id()).filter(ofTeam::containsKey).toList();
        Map<UUID, String> found = present.isEmpty() ? Map.of() : store.importFingerprints(present);
        // Those stored exactly as the file has them need no answer read (decision 0036).
        List<UUID> compared = read.stream()
                .filter(a -> ofTeam.containsKey(a.assessment().id()) && !storedAsRead(a, found))
                .map(a -> a.assessment().id()).toList();
        responses = compared.isEmpty() ? Map.of() : store.responses(compared);
        rubrics = present.isEmpty() ? Map.of() : store.rubricsOf(present);
        targets = compared.isEmpty() ? Map.of() : store.targets(compared);
        fingerprints = found;
    }

    private static boolean storedAsRead(ExchangeAssessment incoming, Map<UUID, String> fingerprints) {
        return incoming.fingerprint() != null && incoming.fingerprint().equals(fingerprints.get(incoming.assessment().id()));
    }

    /**
     * True when this team's copy here is stored exactly as the file's record: imported from a record
     * with the same bytes and not changed since. Its answers were not read.
     */
    boolean storedAsRead(ExchangeAssessment incoming) {
        return storedAsRead(incoming, fingerprints);
    }

    /** The database's assessment with this id, under this team or (for a conflict) any other. */
    Optional<Assessment> assessment(UUID id) {
        Assessment mine = ofTeam.get(id);
        if (mine != null || store == null) {
            return Optional.ofNullable(mine);
        }
        return store.assessment(id);
    }

    Rubric rubric(UUID id) {
        Rubric rubric = rubrics.get(id);
        return rubric != null ? rubric : store.rubricOf(id);
    }

    Map<String, ItemResponse> responses(UUID id) {
        return ofTeam.containsKey(id) ? responses.getOrDefault(id, Map.of()) : store.responses(id);
    }

    Targets targets(UUID id) {
        Targets mine = targets.get(id);
        return mine != null ? mine : store.targets(id);
    }
}
