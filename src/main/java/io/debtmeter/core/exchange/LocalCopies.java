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
 * per assessment, for those the walk did not know by their fingerprints (decisions 0036, 0037):
 * each of those is compared with every answer of it.
 */
final class LocalCopies {
    /** Null when the database does not exist yet. */
    private final AssessmentStore store;
    private final Map<UUID, Assessment> ofTeam = new HashMap<>();
    private final Map<UUID, Map<String, ItemResponse>> responses;
    private final Map<UUID, Rubric> rubrics;
    private final Map<UUID, Targets> targets;

    /** {@code local} is the team here, or null when it is not in the database. */
    LocalCopies(AssessmentStore store, Team local, ExchangeTeam entry) {
        this.store = store;
        // Those known by their fingerprints were read with the team already (decision 0037).
        List<ExchangeAssessment> read = entry.assessments().stream().filter(ExchangeAssessment::answersRead).toList();
        if (local != null && !read.isEmpty()) {
            store.assessments(local.id()).forEach(assessment -> ofTeam.put(assessment.id(), assessment));
        }
        List<UUID> present = read.stream().map(a -> a.assessment().id()).filter(ofTeam::containsKey).toList();
        responses = present.isEmpty() ? Map.of() : store.responses(present);
        rubrics = present.isEmpty() ? Map.of() : store.rubricsOf(present);
        targets = present.isEmpty() ? Map.of() : store.targets(present);
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
