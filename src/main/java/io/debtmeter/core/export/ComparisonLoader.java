package io.debtmeter.core.export;

import io.debtmeter.core.analysis.compare.AssessmentComparer;
import io.debtmeter.core.analysis.compare.ComparedSide;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads two assessments from the store and compares them, as the compare screen does. Blocks. */
public final class ComparisonLoader {

    private final AssessmentComparer comparer;
    private final ZoneId zone;

    /** @param zone the zone in which an action's last update becomes its "closed on" date */
    public ComparisonLoader(AssessmentComparer comparer, ZoneId zone) {
        this.comparer = comparer;
        this.zone = zone;
    }

    /** @throws io.debtmeter.core.assessment.StoreException when either assessment does not exist */
    public Comparison load(AssessmentStore store, UUID beforeId, UUID afterId) {
        Assessment before = SubjectReader.assessment(store, beforeId);
        Assessment after = SubjectReader.assessment(store, afterId);
        List<UUID> ids = List.of(before.id(), after.id());
        var rubrics = store.rubricsOf(ids);
        var responses = store.responses(ids);
        List<ActionItem> actions = new ArrayList<>();
        Set<UUID> teams = new LinkedHashSet<>(List.of(before.teamId(), after.teamId()));
        teams.forEach(teamId -> actions.addAll(store.actions(teamId)));
        return comparer.compare(
                new ComparedSide(before, SubjectReader.team(store, before.teamId()).name(), rubrics.get(before.id()),
                        responses.getOrDefault(before.id(), Map.of())),
                new ComparedSide(after, SubjectReader.team(store, after.teamId()).name(), rubrics.get(after.id()),
                        responses.getOrDefault(after.id(), Map.of())),
                actions, zone);
    }
}
