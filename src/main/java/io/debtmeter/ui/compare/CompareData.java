package io.debtmeter.ui.compare;

import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ComparisonLoader;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything the compare screen reads and computes, in one background call. */
record CompareData(List<Team> teams, SideData before, SideData after, Optional<Comparison> comparison) {

    /** One side's pickers: the team, its assessments newest first, and the chosen one (none if it has none). */
    record SideData(Team team, List<Assessment> assessments, Optional<Assessment> selected) {
    }

    /** What a side asks for: a given assessment, or a team's newest assessment other than the other side's. */
    record Request(UUID assessmentId, UUID teamId) {

        static Request assessment(UUID assessmentId) {
            return new Request(assessmentId, null);
        }

        static Request newestOf(UUID teamId) {
            return new Request(null, teamId);
        }
    }

    /** Blocks: call on the background executor. */
    static CompareData load(AssessmentStore store, ComparisonLoader loader, Request before, Request after) {
        List<Team> teams = store.teams();
        // The side naming an assessment is resolved first, so the other can avoid picking the very same one.
        SideData beforeSide;
        SideData afterSide;
        if (before.assessmentId() != null || after.assessmentId() == null) {
            beforeSide = resolve(store, before, null);
            afterSide = resolve(store, after, beforeSide.selected().map(Assessment::id).orElse(null));
        } else {
            afterSide = resolve(store, after, null);
            beforeSide = resolve(store, before, afterSide.selected().map(Assessment::id).orElse(null));
        }
        Optional<Comparison> comparison = beforeSide.selected().isPresent() && afterSide.selected().isPresent()
                ? Optional.of(loader.compare(store, beforeSide.selected().get(), beforeSide.team(),
                        afterSide.selected().get(), afterSide.team()))
                : Optional.empty();
        return new CompareData(teams, beforeSide, afterSide, comparison);
    }

    private static SideData resolve(AssessmentStore store, Request request, UUID avoid) {
        if (request.assessmentId() != null) {
            Assessment assessment = store.assessment(request.assessmentId())
                    .orElseThrow(() -> new StoreException("The assessment no longer exists."));
            return new SideData(teamOf(store, assessment.teamId()), store.assessments(assessment.teamId()), Optional.of(assessment));
        }
        List<Assessment> assessments = store.assessments(request.teamId());
        Optional<Assessment> newest = assessments.stream().filter(a -> !a.id().equals(avoid)).findFirst()
                .or(() -> assessments.stream().findFirst());
        return new SideData(teamOf(store, request.teamId()), assessments, newest);
    }

    private static Team teamOf(AssessmentStore store, UUID teamId) {
        return store.team(teamId).orElseThrow(() -> new StoreException("The team no longer exists."));
    }
}
